package io.labforge.ui.palette;

import io.labforge.kind.NodeKind;
import io.labforge.model.NetworkKind;

import java.util.Locale;

/** One entry of the palette: a node kind or a network zone. Exactly one of the two is set. */
public record PaletteItem(NodeKind nodeKind, NetworkKind networkKind) {

    public static PaletteItem of(NodeKind kind) {
        return new PaletteItem(kind, null);
    }

    public static PaletteItem of(NetworkKind kind) {
        return new PaletteItem(null, kind);
    }

    public String id() {
        return nodeKind != null ? nodeKind.id() : "net-" + networkKind.id();
    }

    public String label() {
        return nodeKind != null ? nodeKind.label() : networkKind.label() + " network";
    }

    public String group() {
        return nodeKind != null ? nodeKind.category().label() : "Networks";
    }

    public String tooltip() {
        return nodeKind != null
                ? nodeKind.label() + " (" + nodeKind.id() + ")\nDrag onto the canvas, or double-click to add."
                : networkKind.label() + " zone (" + networkKind.id() + ")\nDrag onto the canvas, then drag a node's port onto it.";
    }

    public boolean matches(String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String q = query.strip().toLowerCase(Locale.ROOT);
        return label().toLowerCase(Locale.ROOT).contains(q) || id().contains(q) || group().toLowerCase(Locale.ROOT).contains(q);
    }
}
