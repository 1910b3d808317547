package io.labforge.validate.rules;

import io.labforge.validate.Findings;
import io.labforge.validate.NetworkVertex;
import io.labforge.validate.NicEdge;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;

import java.util.List;

/** A guest's NIC is plugged into a bridge; without one the network cannot be deployed. */
final class NetworkWithoutBridgeRule extends BaseRule {

    NetworkWithoutBridgeRule() {
        super("LF217", Severity.ERROR, "Networks that guests join have a bridge", "Set the network's bridge, e.g. vmbr1");
    }

    @Override
    public void check(RuleContext ctx, Findings out) {
        for (NetworkVertex net : ctx.graph().networks()) {
            String bridge = net.network().bridge();
            if (bridge != null && !bridge.isBlank()) {
                continue;
            }
            List<String> guests = ctx.graph().attached(net).stream().map(NicEdge::host)
                    .filter(h -> h.isGuest()).map(h -> h.id()).distinct().toList();
            if (!guests.isEmpty()) {
                out.add(Say.net(net.network()) + " has no bridge, but guests " + Say.quoted(guests) + " join it",
                        "set the bridge the guests' NICs plug into, e.g. vmbr1", List.of(net.id()));
            }
        }
    }
}
