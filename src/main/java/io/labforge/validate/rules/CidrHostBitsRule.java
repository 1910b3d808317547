package io.labforge.validate.rules;

import io.labforge.model.Network;
import io.labforge.validate.Findings;
import io.labforge.validate.NetworkRule;
import io.labforge.validate.QuickFix;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;
import io.labforge.validate.Subnet;

import java.util.List;

/** 10.10.20.7/24 usually means 10.10.20.0/24; Proxmox SDN subnets refuse host bits. */
final class CidrHostBitsRule extends BaseRule implements NetworkRule {

    CidrHostBitsRule() {
        super("LF202", Severity.WARNING, "Network CIDRs have no host bits set",
                "Quick fix: write the network address, e.g. 10.10.20.0/24 for 10.10.20.7/24");
    }

    @Override
    public void check(Network network, RuleContext ctx, Findings out) {
        Subnet subnet = Subnet.parse(network.cidr()).orElse(null);
        if (subnet == null || subnet.isCanonical()) {
            return;
        }
        String canonical = subnet.canonical();
        out.add(Say.net(network) + " has the CIDR '" + network.cidr() + "' with host bits set",
                "write the network address: " + canonical, List.of(network.id()),
                QuickFix.of("Change the CIDR of " + Say.net(network) + " to " + canonical,
                        lab -> lab.updateNetwork(network.id(), n -> n.withCidr(canonical))));
    }
}
