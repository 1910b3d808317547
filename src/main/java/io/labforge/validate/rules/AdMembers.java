package io.labforge.validate.rules;

import io.labforge.kind.Trait;
import io.labforge.model.NetworkKind;
import io.labforge.validate.HostVertex;
import io.labforge.validate.LabGraph;
import io.labforge.validate.NetworkVertex;
import io.labforge.validate.NicEdge;
import io.labforge.validate.RuleContext;

import java.util.ArrayList;
import java.util.List;

/** Domain members: the guests on an AD network other than routers, zone-spanning devices and the DCs themselves. */
final class AdMembers {

    private AdMembers() {
    }

    static List<NetworkVertex> adNetworks(RuleContext ctx) {
        return ctx.graph().networks().stream().filter(n -> n.network().kind() == NetworkKind.AD).toList();
    }

    static List<HostVertex> of(RuleContext ctx, NetworkVertex ad) {
        List<HostVertex> out = new ArrayList<>();
        for (NicEdge e : ctx.graph().attached(ad)) {
            HostVertex h = e.host();
            if (!h.routes() && !h.has(Trait.SPANS_ZONES) && !LabGraph.DOMAIN_CONTROLLER.equals(h.node().kind())
                    && h.isGuest() && !out.contains(h)) {
                out.add(h);
            }
        }
        return out;
    }
}
