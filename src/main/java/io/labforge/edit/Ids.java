package io.labforge.edit;

import io.labforge.model.Lab;

import java.util.HashSet;
import java.util.Set;

/** Fresh ids. Nodes and networks share one namespace (the layout is keyed by id). */
public final class Ids {

    private Ids() {
    }

    public static Set<String> taken(Lab lab) {
        Set<String> ids = new HashSet<>();
        lab.nodes().forEach(n -> ids.add(n.id()));
        lab.networks().forEach(n -> ids.add(n.id()));
        lab.groups().forEach(g -> ids.add(g.id()));
        return ids;
    }

    /** {@code base} itself when free, else {@code base} with the lowest free number: web, web2, web3... */
    public static String unique(String base, Set<String> taken) {
        if (!taken.contains(base)) {
            return base;
        }
        String stem = base.replaceAll("-?\\d+$", "");
        String sep = stem.isEmpty() || base.matches(".*\\D-\\d+$") ? "-" : "";
        if (stem.isEmpty()) {
            stem = base;
        }
        for (int n = 2; ; n++) {
            String candidate = stem + sep + n;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** {@code prefix1}, {@code prefix2}...: the first numbered id not taken. */
    public static String numbered(String prefix, Set<String> taken) {
        for (int n = 1; ; n++) {
            String candidate = prefix + n;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }
}
