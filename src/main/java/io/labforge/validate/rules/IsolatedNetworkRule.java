package io.labforge.validate.rules;

import io.labforge.validate.Findings;
import io.labforge.validate.NetworkVertex;
import io.labforge.validate.NicEdge;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;

import java.util.List;

/** Hosts on a network with neither a router on it nor a gateway cannot leave it (updates, DNS, the bastion). */
final class IsolatedNetworkRule extends BaseRule {

    IsolatedNetworkRule() {
        super("LF304", Severity.WARNING, "A network with hosts has a router or a gateway",
                "Connect the firewall/router to the network, or set its gateway");
    }

    @Override
    public void check(RuleContext ctx, Findings out) {
        for (NetworkVertex net : ctx.graph().networks()) {
            if (net.network().gateway() != null) {
                continue;
            }
            boolean router = false;
            boolean hosts = false;
            for (NicEdge e : ctx.graph().attached(net)) {
                router |= e.host().routes();
                hosts |= !e.host().routes();
            }
            if (hosts && !router) {
                out.add(Say.net(net.network()) + " has hosts but no router and no gateway: its hosts cannot reach other networks",
                        "connect the firewall/router to " + Say.net(net.network()) + " or set its gateway",
                        List.of(net.id()));
            }
        }
    }
}
