package io.labforge.validate.rules;

import io.labforge.model.NetworkKind;
import io.labforge.validate.Findings;
import io.labforge.validate.HostVertex;
import io.labforge.validate.LabVertex;
import io.labforge.validate.NetworkVertex;
import io.labforge.validate.Reachability;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Path analysis: one breadth-first search from every WAN network that does not pass through
 * firewalls/routers (Trait.ROUTES) but does follow shared L2 segments. A protected network
 * (databases, AD, management) it reaches is exposed.
 */
final class ProtectedExposureRule extends BaseRule {

    ProtectedExposureRule() {
        super("LF403", Severity.ERROR, "Database, AD and management networks are reachable from WAN only through a firewall",
                "Break the path: remove the multi-homed host or shared segment, or route through the firewall");
    }

    @Override
    public void check(RuleContext ctx, Findings out) {
        List<NetworkVertex> wan = new ArrayList<>();
        for (NetworkVertex n : ctx.graph().networks()) {
            if (n.network().kind() == NetworkKind.WAN) {
                wan.add(n);
            }
        }
        if (wan.isEmpty()) {
            return;
        }
        Map<LabVertex, LabVertex> reached = ctx.graph().reachability().search(wan, h -> !h.routes());
        for (NetworkVertex n : ctx.graph().networks()) {
            if (!n.network().kind().isProtected() || n.network().kind() == NetworkKind.WAN || !reached.containsKey(n)) {
                continue;
            }
            List<LabVertex> path = Reachability.path(reached, n);
            // the exposed network first (the file location points at it), then the path from WAN
            java.util.LinkedHashSet<String> subjects = new java.util.LinkedHashSet<>();
            subjects.add(n.id());
            path.forEach(v -> subjects.add(v.id()));
            String route = path.stream().map(LabVertex::id).collect(Collectors.joining(" -> "));
            String via = path.stream().filter(v -> v instanceof HostVertex).map(LabVertex::id).findFirst()
                    .map(h -> "host '" + h + "'").orElse("a shared L2 segment");
            out.add(n.network().kind().label() + " " + Say.net(n.network()) + " is reachable from WAN without a firewall: "
                            + route,
                    "remove the path through " + via + "; protected zones must sit behind the firewall",
                    List.copyOf(subjects));
        }
    }
}
