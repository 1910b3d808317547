package io.labforge.validate.rules;

import io.labforge.kind.NodeKinds;
import io.labforge.model.Lab;
import io.labforge.model.Nic;
import io.labforge.model.Node;
import io.labforge.validate.LabGraph;
import io.labforge.validate.QuickFix;
import io.labforge.validate.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Quick fixes shared by several rules. Each leaves the lab unchanged when its target is gone. */
final class Fixes {

    private Fixes() {
    }

    /**
     * "Use 10.10.20.14": the network's next free address on that NIC, or {@code null} when the
     * network is full. Applied to a lab where another NIC took that address meanwhile, it takes
     * the next free one of that lab instead.
     */
    static QuickFix nextFreeIp(RuleContext ctx, Node node, int index) {
        String network = node.nics().get(index).network();
        NodeKinds kinds = ctx.kinds();
        return ctx.graph().nextFreeAddress(network)
                .map(ip -> QuickFix.of("Use " + ip + " on " + Say.nic(node, index), lab -> {
                    LabGraph now = LabGraph.of(lab, kinds);
                    String free = now.isFree(network, ip) ? ip : now.nextFreeAddress(network).orElse(ip);
                    return setIp(lab, node.id(), index, free);
                }))
                .orElse(null);
    }

    static Lab setIp(Lab lab, String nodeId, int index, String ip) {
        return updateNic(lab, nodeId, index, nic -> nic.withIp(ip));
    }

    static Lab updateNic(Lab lab, String nodeId, int index, UnaryOperator<Nic> change) {
        return lab.updateNode(nodeId, n -> {
            if (index >= n.nics().size()) {
                return n;
            }
            List<Nic> nics = new ArrayList<>(n.nics());
            nics.set(index, change.apply(nics.get(index)));
            return n.withNics(nics);
        });
    }
}
