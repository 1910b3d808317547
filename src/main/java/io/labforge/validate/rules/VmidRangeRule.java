package io.labforge.validate.rules;

import io.labforge.model.Node;
import io.labforge.validate.Findings;
import io.labforge.validate.NodeRule;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;

import java.util.List;

/** Proxmox accepts VMIDs 100 to 999,999,999 only. */
final class VmidRangeRule extends BaseRule implements NodeRule {

    static final int MIN = 100;
    static final int MAX = 999_999_999;

    VmidRangeRule() {
        super("LF104", Severity.ERROR, "Pinned VMIDs are within Proxmox's range 100-999999999",
                "Pick a VMID in range, or remove it to let the deploy allocate one");
    }

    @Override
    public void check(Node node, RuleContext ctx, Findings out) {
        Integer vmid = node.vmid();
        if (vmid != null && (vmid < MIN || vmid > MAX)) {
            out.add(Say.node(node) + " has VMID " + vmid + ", outside Proxmox's range " + MIN + "-" + MAX,
                    "use a VMID between " + MIN + " and " + MAX + ", or leave it unset to allocate one at deploy",
                    List.of(node.id()));
        }
    }
}
