package io.labforge.validate.rules;

import io.labforge.model.Node;
import io.labforge.validate.RuleContext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which Proxmox node each guest lands on: its pin, else the target's node. */
final class Placement {

    private Placement() {
    }

    /** Guests by Proxmox node name; key {@code null}: nowhere (no pin, no target node). */
    static Map<String, List<Node>> guestsByNode(RuleContext ctx) {
        String fallback = ctx.lab().target() == null ? null : ctx.lab().target().node();
        Map<String, List<Node>> out = new LinkedHashMap<>();
        for (Node n : ctx.lab().nodes()) {
            if (ctx.isGuest(n)) {
                String where = n.proxmoxNode() != null ? n.proxmoxNode() : fallback;
                out.computeIfAbsent(where, k -> new ArrayList<>()).add(n);
            }
        }
        return out;
    }
}
