package io.labforge.validate.rules;

import io.labforge.model.Node;
import io.labforge.validate.Findings;
import io.labforge.validate.NicEdge;
import io.labforge.validate.NodeRule;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * L2 loop: a forwarding device (firewall, router) with two ports into one broadcast domain. The
 * built-in kinds forward at L3, so two routers between the same networks are redundancy, not a
 * loop; a loop needs two ports of one forwarder on one segment (same network twice, or two
 * networks that share bridge and tag). See docs/validation.md.
 */
final class L2LoopRule extends BaseRule implements NodeRule {

    L2LoopRule() {
        super("LF305", Severity.ERROR, "No router has two NICs in one L2 segment (L2 loop)",
                "Remove the second NIC, or move the networks onto different VLANs");
    }

    @Override
    public void check(Node node, RuleContext ctx, Findings out) {
        if (!ctx.graph().vertexOf(node).routes()) {
            return;
        }
        for (NicEdge[] p : SegmentNics.pairs(node, ctx)) {
            Set<String> subjects = new LinkedHashSet<>(List.of(node.id(), p[0].network().id(), p[1].network().id()));
            out.add(SegmentNics.describe(p[0], p[1]) + ": if " + Say.node(node) + " bridges them, frames loop",
                    "remove one of the NICs, or separate the networks with VLAN tags", List.copyOf(subjects));
        }
    }
}
