package io.labforge.validate.rules;

import io.labforge.model.Node;
import io.labforge.validate.Findings;
import io.labforge.validate.HostVertex;
import io.labforge.validate.NodeRule;
import io.labforge.validate.ResolvedAddress;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;

import java.util.List;

/** Only a router may hold a gateway address; a plain host there swallows the network's outbound traffic. */
final class GatewayHolderRule extends BaseRule implements NodeRule {

    GatewayHolderRule() {
        super("LF209", Severity.ERROR, "Only a router holds a network's gateway address",
                "Quick fix: move the host to the next free address");
    }

    @Override
    public void check(Node node, RuleContext ctx, Findings out) {
        HostVertex host = ctx.graph().vertexOf(node);
        if (host.routes()) {
            return;
        }
        List<ResolvedAddress> addresses = ctx.graph().addresses(node.id());
        for (int i = 0; i < node.nics().size() && i < addresses.size(); i++) {
            ResolvedAddress a = addresses.get(i);
            if (a.ip() == null) {
                continue;
            }
            String gw = ctx.graph().network(a.networkId()).map(n -> n.network().gateway()).orElse(null);
            if (a.ip().equals(gw)) {
                out.add(Say.nic(node, i) + " has " + a.ip() + ", the gateway address of " + Say.net(a.networkId())
                                + ", but '" + node.kind() + "' does not route",
                        "give the host another address; the gateway belongs to the firewall or router",
                        List.of(node.id(), a.networkId()), Fixes.nextFreeIp(ctx, node, i));
            }
        }
    }
}
