package io.labforge.validate.rules;

import io.labforge.model.NetworkKind;
import io.labforge.validate.Findings;
import io.labforge.validate.NetworkVertex;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;

import java.util.List;

/** The management network is entered through a bastion host, never directly. */
final class BastionRule extends BaseRule {

    static final String BASTION = "bastion";

    BastionRule() {
        super("LF404", Severity.WARNING, "A management network has a bastion host on it",
                "Add a bastion with a NIC on the management network");
    }

    @Override
    public void check(RuleContext ctx, Findings out) {
        for (NetworkVertex n : ctx.graph().networks()) {
            if (n.network().kind() != NetworkKind.MGMT) {
                continue;
            }
            boolean bastion = ctx.graph().attached(n).stream().anyMatch(e -> BASTION.equals(e.host().node().kind()));
            if (!bastion) {
                out.add("management " + Say.net(n.network()) + " has no bastion host",
                        "add a 'bastion' node with one NIC on " + Say.net(n.network())
                                + " and one on the network people come from", List.of(n.id()));
            }
        }
    }
}
