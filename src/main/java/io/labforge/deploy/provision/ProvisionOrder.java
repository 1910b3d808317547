package io.labforge.deploy.provision;

import io.labforge.model.Node;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which guests must be provisioned before which, from the roles: the first Kubernetes control
 * plane starts the cluster ({@code cluster-init}); the load balancers in front of the control
 * planes carry the API endpoint the others join through; the other control planes join; the
 * workers join last.
 */
public final class ProvisionOrder {

    static final String CONTROL_PLANE = "k8s-control-plane";
    static final String WORKER = "k8s-worker";
    static final String LOAD_BALANCER = "load-balancer";

    private ProvisionOrder() {
    }

    /** Lab node id → ids whose provisioning must finish first; ids without such a need are absent. */
    public static Map<String, List<String>> of(LabFacts facts) {
        List<Node> planes = facts.ofKind(CONTROL_PLANE);
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (planes.isEmpty()) {
            return out;
        }
        Node first = planes.get(0);
        List<String> frontLbs = facts.ofKind(LOAD_BALANCER).stream().filter(lb -> frontsAny(lb, planes, facts)).map(Node::id).toList();
        for (Node joiner : planes.subList(1, planes.size())) {
            Set<String> before = new LinkedHashSet<>(List.of(first.id()));
            before.addAll(frontLbs);
            out.put(joiner.id(), List.copyOf(before));
        }
        for (Node worker : facts.ofKind(WORKER)) {
            Set<String> before = new LinkedHashSet<>(planes.stream().map(Node::id).toList());
            before.addAll(frontLbs);
            out.put(worker.id(), List.copyOf(before));
        }
        return out;
    }

    /** Whether one of the load balancer's frontends has a control plane among its backends. */
    private static boolean frontsAny(Node lb, List<Node> planes, LabFacts facts) {
        List<String> ids = planes.stream().map(Node::id).toList();
        try {
            List<String> backends = new ArrayList<>();
            Frontend.of(lb, facts).forEach(f -> f.backends().forEach(b -> backends.add(b.id())));
            return backends.stream().anyMatch(ids::contains);
        } catch (RenderException badRole) {
            // a load balancer whose role cannot be read fronts nothing; rendering its files reports why
            return false;
        }
    }
}
