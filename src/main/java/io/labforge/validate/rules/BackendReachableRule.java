package io.labforge.validate.rules;

import io.labforge.model.Node;
import io.labforge.validate.Findings;
import io.labforge.validate.HostVertex;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;

import java.util.List;
import java.util.Optional;

/** The load balancer must reach each backend: a shared network, or a routed path through firewalls/routers. */
final class BackendReachableRule extends BaseRule {

    BackendReachableRule() {
        super("LF507", Severity.ERROR, "Load-balancer backends are reachable from the load balancer",
                "Put the load balancer on the backend's network, or connect both networks to the firewall");
    }

    @Override
    public void check(RuleContext ctx, Findings out) {
        for (Node lb : ctx.lab().nodes()) {
            List<Frontends.Frontend> frontends = Frontends.of(lb);
            if (frontends.isEmpty()) {
                continue;
            }
            HostVertex from = ctx.graph().vertexOf(lb);
            for (Frontends.Frontend f : frontends) {
                for (String backend : f.backends()) {
                    Optional<HostVertex> to = ctx.graph().host(backend);
                    if (to.isPresent() && to.get() != from && !ctx.graph().reachability().routed(from, to.get())) {
                        out.add("backend '" + backend + "' of frontend " + f.port() + " of load balancer '" + lb.id()
                                        + "' is unreachable from it: no shared network and no route through a router",
                                "give '" + lb.id() + "' a NIC on the network of '" + backend
                                        + "', or connect both networks to the firewall",
                                List.of(lb.id(), backend));
                    }
                }
            }
        }
    }
}
