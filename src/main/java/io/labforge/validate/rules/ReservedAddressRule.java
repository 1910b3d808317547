package io.labforge.validate.rules;

import io.labforge.model.Ipv4;
import io.labforge.model.Node;
import io.labforge.validate.Findings;
import io.labforge.validate.NodeRule;
import io.labforge.validate.ResolvedAddress;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;
import io.labforge.validate.Subnet;

import java.util.List;
import java.util.Optional;

final class ReservedAddressRule extends BaseRule implements NodeRule {

    ReservedAddressRule() {
        super("LF206", Severity.ERROR, "No host uses its subnet's network or broadcast address",
                "Quick fix: the network's next free address");
    }

    @Override
    public void check(Node node, RuleContext ctx, Findings out) {
        List<ResolvedAddress> addresses = ctx.graph().addresses(node.id());
        for (int i = 0; i < addresses.size(); i++) {
            ResolvedAddress a = addresses.get(i);
            Optional<Subnet> subnet = ctx.graph().subnet(a.networkId());
            if (a.ip() == null || subnet.isEmpty() || !subnet.get().isReserved(a.value())) {
                continue;
            }
            String which = a.value() == subnet.get().network() ? "network" : "broadcast";
            out.add(Say.nic(node, i) + " has " + a.ip() + ", the " + which + " address of " + Say.net(a.networkId()),
                    "use a host address between " + Ipv4.format(subnet.get().firstHost()) + " and "
                            + Ipv4.format(subnet.get().lastHost()),
                    List.of(node.id(), a.networkId()), Fixes.nextFreeIp(ctx, node, i));
        }
    }
}
