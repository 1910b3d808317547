package io.labforge.validate.rules;

import io.labforge.model.Node;
import io.labforge.model.Target;
import io.labforge.validate.Findings;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;

import java.util.ArrayList;
import java.util.List;

/** A deploy needs to know where: the storage for disks, and a node for every guest not pinned to one. */
final class TargetRule extends BaseRule {

    TargetRule() {
        super("LF602", Severity.WARNING, "A lab with guests names its target storage and Proxmox node",
                "Set target.storage and target.node (or pin every guest to a Proxmox node)");
    }

    @Override
    public void check(RuleContext ctx, Findings out) {
        int guests = 0;
        List<String> unplaced = new ArrayList<>();
        for (Node n : ctx.lab().nodes()) {
            if (ctx.isGuest(n)) {
                guests++;
                if (n.proxmoxNode() == null) {
                    unplaced.add(n.id());
                }
            }
        }
        if (guests == 0) {
            return;
        }
        Target t = ctx.lab().target();
        List<String> missing = new ArrayList<>();
        if (t == null || t.storage() == null || t.storage().isBlank()) {
            missing.add("storage");
        }
        if (!unplaced.isEmpty() && (t == null || t.node() == null || t.node().isBlank())) {
            missing.add("node");
        }
        if (!missing.isEmpty()) {
            out.add("the lab has " + guests + " guests but no target " + String.join(" and ", missing)
                            + ": it cannot be deployed yet",
                    "set target." + String.join(" and target.", missing) + " (e.g. node: pve, storage: local-lvm)",
                    List.of());
        }
    }
}
