package io.labforge.validate.rules;

import io.labforge.model.Ipv4;
import io.labforge.model.Network;
import io.labforge.validate.Findings;
import io.labforge.validate.NetworkRule;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;
import io.labforge.validate.Subnet;

import java.util.List;

final class GatewayRule extends BaseRule implements NetworkRule {

    GatewayRule() {
        super("LF208", Severity.ERROR, "A network's gateway is a host address inside its subnet",
                "Use the router's address on the network, usually the first host address");
    }

    @Override
    public void check(Network network, RuleContext ctx, Findings out) {
        String gw = network.gateway();
        if (gw == null) {
            return;
        }
        long value = Ipv4.parse(gw);
        Subnet subnet = Subnet.parse(network.cidr()).orElse(null);
        String hint = subnet == null ? "write a dotted IPv4 address such as 10.10.20.1"
                : "use a host address of " + subnet.cidr() + ", usually " + Ipv4.format(subnet.firstHost());
        if (value < 0) {
            out.add(Say.net(network) + " has the invalid gateway '" + gw + "'", hint, List.of(network.id()));
        } else if (subnet != null && !subnet.contains(value)) {
            out.add(Say.net(network) + " has the gateway " + gw + ", outside its subnet " + subnet.cidr(), hint,
                    List.of(network.id()));
        } else if (subnet != null && subnet.isReserved(value)) {
            out.add(Say.net(network) + " has the gateway " + gw + ", the "
                    + (value == subnet.network() ? "network" : "broadcast") + " address of " + subnet.cidr(), hint,
                    List.of(network.id()));
        }
    }
}
