package io.labforge.ui.palette;

import io.labforge.kind.Category;
import io.labforge.kind.NodeKind;
import io.labforge.kind.NodeKinds;
import io.labforge.model.NetworkKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The palette's entries, grouped (networks first, then the kinds by category) and filtered by a search. */
public final class PaletteModel {

    private final List<PaletteItem> items = new ArrayList<>();

    public PaletteModel(NodeKinds kinds) {
        for (NetworkKind k : NetworkKind.values()) {
            items.add(PaletteItem.of(k));
        }
        for (Category c : Category.values()) {
            for (NodeKind k : kinds.all()) {
                if (k.category() == c) {
                    items.add(PaletteItem.of(k));
                }
            }
        }
    }

    /** Matching entries by group, in palette order; groups without a match are left out. */
    public Map<String, List<PaletteItem>> grouped(String query) {
        Map<String, List<PaletteItem>> out = new LinkedHashMap<>();
        for (PaletteItem i : items) {
            if (i.matches(query)) {
                out.computeIfAbsent(i.group(), g -> new ArrayList<>()).add(i);
            }
        }
        return out;
    }
}
