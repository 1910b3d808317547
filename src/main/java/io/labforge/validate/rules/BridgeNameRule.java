package io.labforge.validate.rules;

import io.labforge.model.Network;
import io.labforge.validate.Findings;
import io.labforge.validate.NetworkRule;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;

import java.util.List;
import java.util.regex.Pattern;

/** Proxmox's interface-name format, and Linux's 15-character limit (IFNAMSIZ). */
final class BridgeNameRule extends BaseRule implements NetworkRule {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{1,20}");

    BridgeNameRule() {
        super("LF214", Severity.ERROR, "Bridge names are valid Proxmox interface names (at most 15 characters)",
                "Use the vmbrN convention, e.g. vmbr1");
    }

    @Override
    public void check(Network network, RuleContext ctx, Findings out) {
        String bridge = network.bridge();
        if (bridge == null || isValid(bridge)) {
            return;
        }
        String why = bridge.length() > 15 ? "longer than 15 characters" : "not of the form [a-z][a-z0-9_]{1,20}";
        out.add(Say.net(network) + " has the invalid bridge name '" + bridge + "' (" + why + ")",
                "use the vmbrN convention, e.g. vmbr1", List.of(network.id()));
    }

    static boolean isValid(String bridge) {
        return bridge.length() <= 15 && NAME.matcher(bridge).matches();
    }
}
