package io.labforge.validate.rules;

import io.labforge.model.Network;
import io.labforge.validate.Findings;
import io.labforge.validate.NetworkRule;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;
import io.labforge.validate.Subnet;

import java.util.List;

final class CidrFormatRule extends BaseRule implements NetworkRule {

    CidrFormatRule() {
        super("LF201", Severity.ERROR, "Network CIDRs are valid IPv4 subnets",
                "Write the subnet as address/prefix, e.g. 10.10.20.0/24, or leave it unset");
    }

    @Override
    public void check(Network network, RuleContext ctx, Findings out) {
        if (network.cidr() != null && Subnet.parse(network.cidr()).isEmpty()) {
            out.add(Say.net(network) + " has the invalid CIDR '" + network.cidr() + "'",
                    "write an IPv4 subnet as address/prefix with a prefix of 0-32, e.g. 10.10.20.0/24",
                    List.of(network.id()));
        }
    }
}
