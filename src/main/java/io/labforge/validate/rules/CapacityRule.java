package io.labforge.validate.rules;

import io.labforge.model.Node;
import io.labforge.model.Resources;
import io.labforge.validate.Capacity;
import io.labforge.validate.Findings;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;

import java.util.List;
import java.util.Map;

/** Sums the guests' effective cores, memory and disk per Proxmox node; skipped without capacity input. */
final class CapacityRule extends BaseRule {

    CapacityRule() {
        super("LF603", Severity.WARNING, "The guests' cores, memory and disk fit each Proxmox node within the overcommit ratios",
                "Shrink guests, spread them over more nodes, or raise the ratio if you mean to overcommit");
    }

    @Override
    public void check(RuleContext ctx, Findings out) {
        Capacity cap = ctx.capacity();
        if (!cap.isKnown()) {
            return;
        }
        for (Map.Entry<String, List<Node>> e : Placement.guestsByNode(ctx).entrySet()) {
            Capacity.NodeCapacity node = cap.node(e.getKey()).orElse(null);
            if (node == null) {
                continue;   // LF604
            }
            long cores = 0;
            long memory = 0;
            long disk = 0;
            for (Node n : e.getValue()) {
                Resources r = ctx.kinds().effectiveResources(n);
                cores += r.cores() == null ? 0 : r.cores();
                memory += r.memory() == null ? 0 : r.memory();
                disk += r.disk() == null ? 0 : r.disk();
            }
            List<String> ids = e.getValue().stream().map(Node::id).toList();
            check(out, e.getKey(), cores, " vCPU cores", node.cores(), " cores", cap.cpuRatio(), ids);
            check(out, e.getKey(), memory, " MiB of memory", node.memory(), " MiB", cap.memoryRatio(), ids);
            check(out, e.getKey(), disk, " GiB of disk", node.disk(), " GiB", cap.diskRatio(), ids);
        }
    }

    private static void check(Findings out, String node, long used, String usedUnit, long has, String hasUnit, double ratio,
                              List<String> ids) {
        if (used <= has * ratio) {
            return;
        }
        out.add("guests on Proxmox node '" + node + "' need " + used + usedUnit + ", but it has " + has + hasUnit
                        + (ratio == 1.0 ? "" : " (x" + ratio + " allowed overcommit = " + Math.round(has * ratio) + hasUnit + ")"),
                "shrink some of the " + ids.size() + " guests or place some on another node", ids);
    }
}
