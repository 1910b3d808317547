package io.labforge.validate.rules;

import io.labforge.model.Node;
import io.labforge.validate.NicEdge;
import io.labforge.validate.RuleContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds a node's second NIC into an L2 segment one of its NICs already joins (LF305, LF306). */
final class SegmentNics {

    private SegmentNics() {
    }

    /** Pairs (first NIC, later NIC) in one segment. */
    static List<NicEdge[]> pairs(Node node, RuleContext ctx) {
        List<NicEdge> nics = ctx.graph().nicsOf(node);
        if (nics.size() < 2) {
            return List.of();
        }
        Map<String, NicEdge> first = new HashMap<>();
        List<NicEdge[]> out = new java.util.ArrayList<>();
        for (NicEdge e : nics) {
            NicEdge earlier = first.putIfAbsent(e.network().segment(), e);
            if (earlier != null) {
                out.add(new NicEdge[] {earlier, e});
            }
        }
        return out;
    }

    static String describe(NicEdge a, NicEdge b) {
        Node node = a.host().node();
        String where = a.network() == b.network() ? Say.net(a.network().id())
                : "one L2 segment (" + Say.net(a.network().id()) + " and " + Say.net(b.network().id()) + " on "
                  + Optional.ofNullable(a.network().network().bridge()).orElse("?") + " "
                  + (a.network().network().vlan() == null ? "untagged" : "VLAN " + a.network().network().vlan()) + ")";
        return Say.nic(node, a.index()) + " and NIC " + (b.index() + 1) + " (net" + b.index() + ") are both in " + where;
    }
}
