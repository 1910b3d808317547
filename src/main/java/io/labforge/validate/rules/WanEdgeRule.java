package io.labforge.validate.rules;

import io.labforge.kind.Trait;
import io.labforge.model.NetworkKind;
import io.labforge.model.Node;
import io.labforge.validate.Findings;
import io.labforge.validate.HostVertex;
import io.labforge.validate.NicEdge;
import io.labforge.validate.NodeRule;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;

import java.util.List;

/** Anything on WAN but an edge device is exposed to whatever is upstream. */
final class WanEdgeRule extends BaseRule implements NodeRule {

    WanEdgeRule() {
        super("LF401", Severity.ERROR, "Only edge devices (firewall, router, uplink) join a WAN network",
                "Move the host behind the firewall, onto an internal network");
    }

    @Override
    public void check(Node node, RuleContext ctx, Findings out) {
        HostVertex host = ctx.graph().vertexOf(node);
        if (host.kind().isEmpty() || host.has(Trait.WAN_FACING)) {
            return;
        }
        for (NicEdge e : ctx.graph().nicsOf(node)) {
            if (e.network().network().kind() == NetworkKind.WAN) {
                out.add(Say.nic(node, e.index()) + " (kind '" + node.kind() + "') joins WAN "
                                + Say.net(e.network().id()) + ", exposed to the uplink",
                        "only a firewall or router belongs on WAN; connect " + Say.node(node)
                                + " to an internal network behind the firewall",
                        List.of(node.id(), e.network().id()));
            }
        }
    }
}
