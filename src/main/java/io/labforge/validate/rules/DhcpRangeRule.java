package io.labforge.validate.rules;

import io.labforge.model.Ipv4;
import io.labforge.model.DhcpRange;
import io.labforge.model.Network;
import io.labforge.validate.Findings;
import io.labforge.validate.NetworkRule;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;
import io.labforge.validate.Subnet;

import java.util.List;

final class DhcpRangeRule extends BaseRule implements NetworkRule {

    DhcpRangeRule() {
        super("LF210", Severity.ERROR, "A DHCP pool is an ordered range of host addresses inside the subnet, without the gateway",
                "Give a start and end inside the subnet, start before end, gateway outside the pool");
    }

    @Override
    public void check(Network network, RuleContext ctx, Findings out) {
        DhcpRange dhcp = network.dhcp();
        if (dhcp == null) {
            return;
        }
        List<String> subjects = List.of(network.id());
        long start = Ipv4.parse(dhcp.start());
        long end = Ipv4.parse(dhcp.end());
        String pool = dhcp.start() + "-" + dhcp.end();
        if (start < 0 || end < 0) {
            out.add(Say.net(network) + " has the invalid DHCP pool '" + pool + "'",
                    "give start and end as dotted IPv4 addresses, e.g. 10.10.10.100 and 10.10.10.200", subjects);
            return;
        }
        if (start > end) {
            out.add("DHCP pool of " + Say.net(network) + " starts after it ends (" + pool + ")",
                    "swap start and end: " + dhcp.end() + "-" + dhcp.start(), subjects);
            return;
        }
        Subnet subnet = Subnet.parse(network.cidr()).orElse(null);
        if (subnet == null) {
            return;
        }
        if (start < subnet.firstHost() || end > subnet.lastHost()) {
            out.add("DHCP pool " + pool + " of " + Say.net(network) + " is not within the host addresses of " + subnet.cidr(),
                    "keep the pool between " + Ipv4.format(subnet.firstHost()) + " and " + Ipv4.format(subnet.lastHost()),
                    subjects);
            return;
        }
        long gw = Ipv4.parse(network.gateway());
        if (gw >= start && gw <= end) {
            out.add("DHCP pool " + pool + " of " + Say.net(network) + " contains its gateway " + network.gateway(),
                    "start the pool after the gateway, e.g. at " + Ipv4.format(gw + 1), subjects);
        }
    }
}
