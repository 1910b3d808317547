package io.labforge.validate.rules;

import io.labforge.model.Node;
import io.labforge.validate.Findings;
import io.labforge.validate.NodeRule;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;

import java.util.List;

final class NoNicRule extends BaseRule implements NodeRule {

    NoNicRule() {
        super("LF303", Severity.WARNING, "Every guest has at least one NIC", "Connect the guest to a network");
    }

    @Override
    public void check(Node node, RuleContext ctx, Findings out) {
        if (node.nics().isEmpty() && ctx.isGuest(node)) {
            out.add(Say.node(node) + " has no NIC: nothing can reach it",
                    "drag a link from " + Say.node(node) + " to a network", List.of(node.id()));
        }
    }
}
