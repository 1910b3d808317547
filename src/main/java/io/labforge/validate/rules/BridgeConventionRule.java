package io.labforge.validate.rules;

import io.labforge.model.Network;
import io.labforge.validate.Findings;
import io.labforge.validate.NetworkRule;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;

import java.util.List;
import java.util.regex.Pattern;

/** Proxmox's own tools and documentation name bridges vmbrN; other names work but surprise people. */
final class BridgeConventionRule extends BaseRule implements NetworkRule {

    private static final Pattern VMBR = Pattern.compile("vmbr\\d+");

    BridgeConventionRule() {
        super("LF215", Severity.INFO, "Bridge names follow Proxmox's vmbrN convention", "Rename the bridge to vmbrN");
    }

    @Override
    public void check(Network network, RuleContext ctx, Findings out) {
        String bridge = network.bridge();
        if (bridge != null && BridgeNameRule.isValid(bridge) && !VMBR.matcher(bridge).matches()) {
            out.add(Say.net(network) + " uses bridge '" + bridge + "', not named like vmbrN",
                    "Proxmox names bridges vmbr0, vmbr1, ...; consider one of those", List.of(network.id()));
        }
    }
}
