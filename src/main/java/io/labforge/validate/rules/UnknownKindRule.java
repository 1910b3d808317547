package io.labforge.validate.rules;

import io.labforge.kind.Names;
import io.labforge.model.Node;
import io.labforge.validate.Findings;
import io.labforge.validate.NodeRule;
import io.labforge.validate.QuickFix;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;

import java.util.List;

/** A lab built in code (or by a newer version) can name a kind this registry does not have. */
final class UnknownKindRule extends BaseRule implements NodeRule {

    UnknownKindRule() {
        super("LF106", Severity.ERROR, "Node kinds exist in the registry",
                "Use one of the valid kinds; quick fix: the nearest one");
    }

    @Override
    public void check(Node node, RuleContext ctx, Findings out) {
        if (ctx.kinds().find(node.kind()).isPresent()) {
            return;
        }
        List<String> valid = ctx.kinds().ids();
        String nearest = Names.nearest(node.kind(), valid).orElse(null);
        QuickFix fix = nearest == null ? null : QuickFix.of("Change the kind of " + Say.node(node) + " to '" + nearest + "'",
                lab -> lab.updateNode(node.id(), n -> n.withKind(nearest)));
        out.add(Say.node(node) + " has the unknown kind '" + node.kind() + "'",
                Say.didYouMean(nearest) + "valid kinds: " + String.join(", ", valid), List.of(node.id()), fix);
    }
}
