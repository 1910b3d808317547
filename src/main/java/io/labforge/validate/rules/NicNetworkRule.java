package io.labforge.validate.rules;

import io.labforge.kind.Names;
import io.labforge.model.Network;
import io.labforge.model.Nic;
import io.labforge.model.Node;
import io.labforge.validate.Findings;
import io.labforge.validate.NodeRule;
import io.labforge.validate.QuickFix;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;

import java.util.List;

final class NicNetworkRule extends BaseRule implements NodeRule {

    NicNetworkRule() {
        super("LF301", Severity.ERROR, "Every NIC joins an existing network",
                "Point the NIC at one of the lab's networks; quick fix: the nearest network id");
    }

    @Override
    public void check(Node node, RuleContext ctx, Findings out) {
        for (int i = 0; i < node.nics().size(); i++) {
            Nic nic = node.nics().get(i);
            if (ctx.graph().network(nic.network()).isPresent()) {
                continue;
            }
            List<String> ids = ctx.lab().networks().stream().map(Network::id).toList();
            String nearest = Names.nearest(nic.network(), ids).orElse(null);
            int index = i;
            QuickFix fix = nearest == null ? null : QuickFix.of("Connect " + Say.nic(node, i) + " to " + Say.net(nearest),
                    lab -> Fixes.updateNic(lab, node.id(), index, n -> n.withNetwork(nearest)));
            out.add(Say.nic(node, i) + " joins the unknown network '" + nic.network() + "'",
                    Say.didYouMean(nearest) + (ids.isEmpty() ? "the lab has no networks yet"
                            : "networks: " + String.join(", ", ids)),
                    List.of(node.id()), fix);
        }
    }
}
