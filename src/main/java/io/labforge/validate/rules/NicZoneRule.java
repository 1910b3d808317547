package io.labforge.validate.rules;

import io.labforge.kind.NodeKind;
import io.labforge.kind.Trait;
import io.labforge.model.NetworkKind;
import io.labforge.model.Node;
import io.labforge.validate.Findings;
import io.labforge.validate.NicEdge;
import io.labforge.validate.NodeRule;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Each kind says which zones it may join (NodeKind.networks()). WAN is LF401's business. */
final class NicZoneRule extends BaseRule implements NodeRule {

    NicZoneRule() {
        super("LF302", Severity.ERROR, "A node joins only the network kinds its kind allows",
                "Connect the NIC to a network of an allowed kind");
    }

    @Override
    public void check(Node node, RuleContext ctx, Findings out) {
        Optional<NodeKind> kind = ctx.kind(node);
        if (kind.isEmpty()) {
            return;
        }
        for (NicEdge e : ctx.graph().nicsOf(node)) {
            NetworkKind zone = e.network().network().kind();
            boolean wanCase = zone == NetworkKind.WAN && !kind.get().has(Trait.WAN_FACING);
            if (kind.get().networks().contains(zone) || wanCase) {
                continue;
            }
            String allowed = kind.get().networks().stream().sorted().map(NetworkKind::id).collect(Collectors.joining(", "));
            out.add(Say.nic(node, e.index()) + " joins " + Say.net(e.network().id()) + " of kind '" + zone.id()
                            + "', where kind '" + node.kind() + "' may not go",
                    "a '" + node.kind() + "' may join networks of kind: " + allowed,
                    List.of(node.id(), e.network().id()));
        }
    }
}
