package io.labforge.validate.rules;

import io.labforge.model.Target;
import io.labforge.validate.Findings;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;

import java.util.List;

/**
 * A deploy needs the storage for disks. A node is not needed: guests without one are placed on the
 * cluster's node with the most free memory when the plan is made.
 */
final class TargetRule extends BaseRule {

    TargetRule() {
        super("LF602", Severity.WARNING, "A lab with guests names its target storage",
                "Set target.storage (the Proxmox storage for the guests' disks)");
    }

    @Override
    public void check(RuleContext ctx, Findings out) {
        long guests = ctx.lab().nodes().stream().filter(ctx::isGuest).count();
        Target t = ctx.lab().target();
        if (guests > 0 && (t == null || t.storage() == null || t.storage().isBlank())) {
            out.add("the lab has " + guests + " guests but no target storage: it cannot be deployed yet",
                    "set target.storage (e.g. storage: local-lvm); target.node is optional, guests without one are placed by free memory",
                    List.of());
        }
    }
}
