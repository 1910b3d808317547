package io.labforge.validate.rules;

import io.labforge.kind.Trait;
import io.labforge.model.NetworkKind;
import io.labforge.model.Node;
import io.labforge.validate.Findings;
import io.labforge.validate.HostVertex;
import io.labforge.validate.NicEdge;
import io.labforge.validate.NodeRule;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A multi-homed host joins zones without the firewall between them. Routers and zone-spanning kinds may. */
final class ZoneBridgingRule extends BaseRule implements NodeRule {

    ZoneBridgingRule() {
        super("LF402", Severity.ERROR, "Only routers, load balancers and bastions join two security zones",
                "Keep the host in one zone and let the firewall route between zones");
    }

    @Override
    public void check(Node node, RuleContext ctx, Findings out) {
        HostVertex host = ctx.graph().vertexOf(node);
        if (host.kind().isEmpty() || host.routes() || host.has(Trait.SPANS_ZONES)) {
            return;
        }
        Map<NetworkKind, String> zones = new EnumMap<>(NetworkKind.class);
        for (NicEdge e : ctx.graph().nicsOf(node)) {
            zones.putIfAbsent(e.network().network().kind(), e.network().id());
        }
        if (zones.size() < 2) {
            return;
        }
        List<String> subjects = new ArrayList<>();
        subjects.add(node.id());
        subjects.addAll(zones.values());
        List<String> names = zones.keySet().stream().map(NetworkKind::id).toList();
        out.add(Say.node(node) + " bridges the zones " + String.join(", ", names) + " (networks "
                        + Say.quoted(zones.values()) + ") without the firewall",
                "keep a '" + node.kind() + "' in one zone and route between zones through the firewall",
                subjects);
    }
}
