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

/** A host with two NICs on one segment answers ARP on both ("ARP flux"); rarely what was meant. */
final class SameSegmentNicsRule extends BaseRule implements NodeRule {

    SameSegmentNicsRule() {
        super("LF306", Severity.WARNING, "A host has at most one NIC per L2 segment",
                "Remove the extra NIC, or give the host one NIC with several addresses");
    }

    @Override
    public void check(Node node, RuleContext ctx, Findings out) {
        if (ctx.graph().vertexOf(node).routes()) {
            return;
        }
        for (NicEdge[] p : SegmentNics.pairs(node, ctx)) {
            Set<String> subjects = new LinkedHashSet<>(List.of(node.id(), p[0].network().id(), p[1].network().id()));
            out.add(SegmentNics.describe(p[0], p[1]), "remove the extra NIC", List.copyOf(subjects));
        }
    }
}
