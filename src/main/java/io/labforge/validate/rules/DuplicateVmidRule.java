package io.labforge.validate.rules;

import io.labforge.model.Lab;
import io.labforge.model.Node;
import io.labforge.validate.Findings;
import io.labforge.validate.QuickFix;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A VMID names one guest on the whole cluster. */
final class DuplicateVmidRule extends BaseRule {

    DuplicateVmidRule() {
        super("LF105", Severity.ERROR, "Pinned VMIDs are unique",
                "Quick fix: give the later nodes the next unused VMIDs");
    }

    @Override
    public void check(RuleContext ctx, Findings out) {
        Map<Integer, List<Node>> byVmid = new LinkedHashMap<>();
        int max = VmidRangeRule.MIN - 1;
        for (Node n : ctx.lab().nodes()) {
            if (n.vmid() != null) {
                byVmid.computeIfAbsent(n.vmid(), k -> new ArrayList<>(1)).add(n);
                max = Math.max(max, n.vmid());
            }
        }
        int next = max + 1;
        for (Map.Entry<Integer, List<Node>> e : byVmid.entrySet()) {
            List<Node> nodes = e.getValue();
            if (nodes.size() < 2) {
                continue;
            }
            List<String> ids = nodes.stream().map(Node::id).toList();
            List<String> later = ids.subList(1, ids.size());
            int first = next;
            next += later.size();
            QuickFix fix = first + later.size() - 1 <= VmidRangeRule.MAX
                    ? QuickFix.of("Give " + Say.quoted(later) + " VMID " + first + (later.size() > 1 ? " onwards" : ""),
                            lab -> renumber(lab, later, first))
                    : null;
            out.add("VMID " + e.getKey() + " is pinned on nodes " + Say.quoted(ids),
                    "each guest needs its own VMID; change or unset it on all but '" + ids.get(0) + "'", ids, fix);
        }
    }

    private static Lab renumber(Lab lab, List<String> ids, int first) {
        Lab out = lab;
        int vmid = first;
        for (String id : ids) {
            int v = vmid++;
            out = out.updateNode(id, n -> n.withVmid(v));
        }
        return out;
    }
}
