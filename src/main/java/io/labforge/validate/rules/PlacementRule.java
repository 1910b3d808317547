package io.labforge.validate.rules;

import io.labforge.model.Node;
import io.labforge.validate.Findings;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;

import java.util.List;
import java.util.Map;

/** With the cluster's nodes known, a guest placed on a node that does not exist cannot be created. */
final class PlacementRule extends BaseRule {

    PlacementRule() {
        super("LF604", Severity.WARNING, "Guests are placed on Proxmox nodes the target has",
                "Pin the guests to one of the target's nodes, or fix target.node");
    }

    @Override
    public void check(RuleContext ctx, Findings out) {
        if (!ctx.capacity().isKnown()) {
            return;
        }
        String known = String.join(", ", ctx.capacity().nodes().keySet().stream().sorted().toList());
        for (Map.Entry<String, List<Node>> e : Placement.guestsByNode(ctx).entrySet()) {
            if (e.getKey() == null || ctx.capacity().node(e.getKey()).isPresent()) {
                continue;
            }
            List<String> ids = e.getValue().stream().map(Node::id).toList();
            out.add("guests " + Say.quoted(ids) + " are placed on Proxmox node '" + e.getKey() + "', which the target does not have",
                    "the target's nodes are: " + known, ids);
        }
    }
}
