package io.labforge.validate.rules;

import io.labforge.validate.Findings;
import io.labforge.validate.NetworkVertex;
import io.labforge.validate.NicEdge;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Two NICs with one address on one network: ARP conflicts. One hash map per network, linear. */
final class DuplicateIpRule extends BaseRule {

    DuplicateIpRule() {
        super("LF207", Severity.ERROR, "No two NICs share an address on a network",
                "Quick fix: the next free address for the later NIC");
    }

    @Override
    public void check(RuleContext ctx, Findings out) {
        for (NetworkVertex net : ctx.graph().networks()) {
            Map<Long, NicEdge> first = new HashMap<>();
            for (NicEdge e : ctx.graph().attached(net)) {
                long v = e.address().value();
                if (v < 0) {
                    continue;
                }
                NicEdge holder = first.putIfAbsent(v, e);
                if (holder != null) {
                    out.add(e.address().ip() + " on " + Say.net(net.network()) + " is used by "
                                    + Say.nic(holder.host().node(), holder.index()) + " and "
                                    + Say.nic(e.host().node(), e.index()),
                            "give each NIC its own address",
                            List.of(holder.host().id(), e.host().id(), net.id()),
                            Fixes.nextFreeIp(ctx, e.host().node(), e.index()));
                }
            }
        }
    }
}
