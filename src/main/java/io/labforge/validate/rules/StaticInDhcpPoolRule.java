package io.labforge.validate.rules;

import io.labforge.model.Ipv4;
import io.labforge.model.DhcpRange;
import io.labforge.model.Node;
import io.labforge.validate.Findings;
import io.labforge.validate.NodeRule;
import io.labforge.validate.ResolvedAddress;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;

import java.util.List;

/** A static address inside the DHCP pool is handed to another guest sooner or later. */
final class StaticInDhcpPoolRule extends BaseRule implements NodeRule {

    StaticInDhcpPoolRule() {
        super("LF211", Severity.ERROR, "Static addresses lie outside the network's DHCP pool",
                "Quick fix: the next free address outside the pool");
    }

    @Override
    public void check(Node node, RuleContext ctx, Findings out) {
        List<ResolvedAddress> addresses = ctx.graph().addresses(node.id());
        for (int i = 0; i < addresses.size(); i++) {
            ResolvedAddress a = addresses.get(i);
            DhcpRange pool = a.ip() == null ? null
                    : ctx.graph().network(a.networkId()).map(n -> n.network().dhcp()).orElse(null);
            if (pool == null) {
                continue;
            }
            long start = Ipv4.parse(pool.start());
            long end = Ipv4.parse(pool.end());
            if (start >= 0 && end >= 0 && a.value() >= start && a.value() <= end) {
                out.add(Say.nic(node, i) + " has the static address " + a.ip() + ", inside the DHCP pool "
                                + pool.start() + "-" + pool.end() + " of " + Say.net(a.networkId()),
                        "use an address outside the pool, or 'dhcp'",
                        List.of(node.id(), a.networkId()), Fixes.nextFreeIp(ctx, node, i));
            }
        }
    }
}
