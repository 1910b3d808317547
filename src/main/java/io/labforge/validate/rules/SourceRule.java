package io.labforge.validate.rules;

import io.labforge.kind.Realization;
import io.labforge.model.Node;
import io.labforge.validate.Findings;
import io.labforge.validate.NodeRule;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;

import java.util.List;

/** A guest is cloned from a template or installed from an ISO; the kind's flavor default counts. */
final class SourceRule extends BaseRule implements NodeRule {

    SourceRule() {
        super("LF601", Severity.ERROR, "Every guest has a template or ISO (its own or its flavor's default)",
                "Set the node's template (or ISO for an ISO-installed VM)");
    }

    @Override
    public void check(Node node, RuleContext ctx, Findings out) {
        Realization r = ctx.kinds().realization(node);
        if (!r.isGuest() || ctx.kind(node).isEmpty()) {
            return;
        }
        String source = ctx.kinds().source(node);
        if (source != null && !source.isBlank()) {
            return;
        }
        String what = r == Realization.VM_FROM_ISO ? "ISO" : "template";
        out.add(Say.node(node) + " has no " + what + " to be built from, and its flavor has no default",
                r == Realization.VM_FROM_ISO ? "set iso, e.g. local:iso/debian-12.iso"
                        : "set template to a cloud-init template on the target, e.g. debian-12-cloudinit",
                List.of(node.id()));
    }
}
