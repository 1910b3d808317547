package io.labforge.validate.rules;

import io.labforge.kind.Names;
import io.labforge.kind.NodeKind;
import io.labforge.model.Node;
import io.labforge.validate.Findings;
import io.labforge.validate.NodeRule;
import io.labforge.validate.QuickFix;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;

import java.util.List;
import java.util.Optional;

/** An unknown flavor would silently deploy the kind's default flavor. */
final class UnknownFlavorRule extends BaseRule implements NodeRule {

    UnknownFlavorRule() {
        super("LF107", Severity.ERROR, "Flavors exist for the node's kind",
                "Use one of the kind's flavors; quick fix: the nearest one");
    }

    @Override
    public void check(Node node, RuleContext ctx, Findings out) {
        Optional<NodeKind> kind = ctx.kind(node);
        if (kind.isEmpty() || node.flavor() == null || kind.get().flavor(node.flavor()).isPresent()) {
            return;
        }
        List<String> valid = kind.get().flavorIds();
        String nearest = Names.nearest(node.flavor(), valid).orElse(null);
        QuickFix fix = nearest == null ? null : QuickFix.of("Change the flavor of " + Say.node(node) + " to '" + nearest + "'",
                lab -> lab.updateNode(node.id(), n -> n.withFlavor(nearest)));
        out.add(Say.node(node) + " has the unknown flavor '" + node.flavor() + "' for kind '" + node.kind() + "'",
                Say.didYouMean(nearest) + "flavors of '" + node.kind() + "': " + String.join(", ", valid),
                List.of(node.id()), fix);
    }
}
