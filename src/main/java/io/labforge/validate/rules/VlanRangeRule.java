package io.labforge.validate.rules;

import io.labforge.model.Network;
import io.labforge.validate.Findings;
import io.labforge.validate.NetworkRule;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;

import java.util.List;

/** 802.1Q: 0 means untagged and 4095 is reserved. */
final class VlanRangeRule extends BaseRule implements NetworkRule {

    VlanRangeRule() {
        super("LF212", Severity.ERROR, "VLAN tags are 1-4094", "Use a tag from 1 to 4094, or none for untagged");
    }

    @Override
    public void check(Network network, RuleContext ctx, Findings out) {
        Integer vlan = network.vlan();
        if (vlan != null && (vlan < 1 || vlan > 4094)) {
            out.add(Say.net(network) + " has VLAN tag " + vlan + ", outside 1-4094",
                    "use a tag from 1 to 4094, or leave it unset for an untagged network", List.of(network.id()));
        }
    }
}
