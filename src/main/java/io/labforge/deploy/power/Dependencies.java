package io.labforge.deploy.power;

import io.labforge.kind.NodeKind;
import io.labforge.kind.NodeKinds;
import io.labforge.kind.Trait;
import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.Nic;
import io.labforge.model.Node;
import io.labforge.validate.LabGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedAcyclicGraph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What must be up before what, read from the lab: an edge {@code a → b} means b needs a running.
 * <ul>
 * <li>gateway: b's network names a's address as its gateway, or a routes a network b is on;</li>
 * <li>DNS: b resolves through a (a domain controller, a DNS server), unless b is a router;</li>
 * <li>load balancer: b is a backend of a (backends are reached, and Kubernetes nodes join, through it);</li>
 * <li>Kubernetes: b is a worker and a a control plane.</li>
 * </ul>
 * An edge that would close a cycle is left out with a warning.
 */
final class Dependencies {

    private final Lab lab;
    private final NodeKinds kinds;
    private final List<String> warnings;
    private final DirectedAcyclicGraph<String, DefaultEdge> graph = new DirectedAcyclicGraph<>(DefaultEdge.class);
    private final Map<String, String> ownerOfAddress = new HashMap<>();

    private Dependencies(Lab lab, NodeKinds kinds, List<String> warnings) {
        this.lab = lab;
        this.kinds = kinds;
        this.warnings = warnings;
    }

    /** The dependency graph of the lab's guests; cycles found are reported into {@code warnings}. */
    static DirectedAcyclicGraph<String, DefaultEdge> of(Lab lab, NodeKinds kinds, List<String> warnings) {
        return new Dependencies(lab, kinds, warnings).build();
    }

    private DirectedAcyclicGraph<String, DefaultEdge> build() {
        List<Node> guests = lab.nodes().stream().filter(n -> kinds.realization(n).isGuest()).toList();
        for (Node g : guests) {
            graph.addVertex(g.id());
            g.nics().stream().map(Nic::staticIp).filter(Objects::nonNull).forEach(ip -> ownerOfAddress.putIfAbsent(ip, g.id()));
        }
        LabGraph labGraph = LabGraph.of(lab, kinds);
        for (Node b : guests) {
            for (Nic nic : b.nics()) {
                lab.network(nic.network()).map(Network::gateway).ifPresent(gw -> need(owner(gw), b.id(), "its gateway"));
            }
            if (!routes(b)) { // a router forwards whether or not names resolve
                labGraph.dnsServer(b.id()).ifPresent(dns -> need(owner(dns), b.id(), "its DNS server"));
                for (Node a : guests) {
                    if (routes(a) && sharesNetwork(a, b)) {
                        need(Optional.of(a.id()), b.id(), "the router of its network");
                    }
                }
            }
            if ("k8s-worker".equals(b.kind())) {
                guests.stream().filter(a -> "k8s-control-plane".equals(a.kind()))
                        .forEach(a -> need(Optional.of(a.id()), b.id(), "its Kubernetes control plane"));
            }
            if ("load-balancer".equals(b.kind())) {
                backends(b).forEach(backend -> need(Optional.of(b.id()), backend, "the load balancer in front of it"));
            }
        }
        return graph;
    }

    private void need(Optional<String> before, String after, String why) {
        if (before.isEmpty() || before.get().equals(after) || !graph.containsVertex(before.get()) || !graph.containsVertex(after)
                || graph.containsEdge(before.get(), after)) {
            return;
        }
        try {
            graph.addEdge(before.get(), after);
        } catch (IllegalArgumentException cycle) {
            warnings.add(after + " needs " + before.get() + " (" + why + "), but " + before.get() + " already needs " + after
                    + "; that order is not enforced");
        }
    }

    private Optional<String> owner(String address) {
        return Optional.ofNullable(ownerOfAddress.get(address));
    }

    private boolean routes(Node n) {
        return kinds.find(n.kind()).map(k -> k.has(Trait.ROUTES)).orElse(false);
    }

    private static boolean sharesNetwork(Node a, Node b) {
        return a.nics().stream().map(Nic::network).anyMatch(net -> b.nics().stream().map(Nic::network).anyMatch(net::equals));
    }

    /** Backend node ids of a load balancer's {@code role.frontends}; entries of the wrong shape are the validator's business. */
    private static List<String> backends(Node lb) {
        if (!(lb.role().get("frontends") instanceof List<?> frontends)) {
            return List.of();
        }
        return frontends.stream().filter(Map.class::isInstance).map(f -> ((Map<?, ?>) f).get("backends"))
                .filter(List.class::isInstance).flatMap(b -> ((List<?>) b).stream())
                .filter(String.class::isInstance).map(String.class::cast).distinct().toList();
    }

    static int rank(NodeKinds kinds, Node n) {
        NodeKind k = kinds.find(n.kind()).orElse(null);
        return Roles.rank(k);
    }
}
