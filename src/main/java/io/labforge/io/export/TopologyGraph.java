package io.labforge.io.export;

import io.labforge.kind.NodeKinds;
import io.labforge.kind.Trait;
import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.NetworkKind;
import io.labforge.model.Nic;
import io.labforge.model.Node;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lab as a JGraphT graph for the graph exports: networks and nodes are vertices, each NIC an
 * edge (a node with two NICs on one network has two edges), from upstream to downstream. NICs on
 * unknown networks are left out.
 */
final class TopologyGraph {

    /** A vertex: a network or a node. */
    sealed interface Vertex permits Segment, Host {

        String id();

        /** Unique among all vertices, even when a network and a node share an id. */
        String key();
    }

    record Segment(Network network) implements Vertex {
        @Override
        public String id() {
            return network.id();
        }

        @Override
        public String key() {
            return "network:" + network.id();
        }
    }

    record Host(Node node) implements Vertex {
        @Override
        public String id() {
            return node.id();
        }

        @Override
        public String key() {
            return "node:" + node.id();
        }
    }

    /** A NIC: the {@code index}-th interface of {@code host}. */
    record Link(Host host, int index, Nic nic) {
    }

    private TopologyGraph() {
    }

    /** A router is above its internal networks; the Internet and other WAN-only routers are above the WAN too. */
    private static boolean upstream(Node node, Network network, Map<String, Segment> segments) {
        boolean routes = NodeKinds.builtin().find(node.kind()).map(k -> k.has(Trait.ROUTES)).orElse(false);
        boolean onlyWan = node.nics().stream().map(nic -> segments.get(nic.network()))
                .allMatch(s -> s == null || s.network().kind() == NetworkKind.WAN);
        return routes && (network.kind() != NetworkKind.WAN || onlyWan);
    }

    /** The other end of a link: the network. */
    static Segment segment(Graph<Vertex, Link> g, Link l) {
        return (Segment) (g.getEdgeSource(l) instanceof Segment s ? s : g.getEdgeTarget(l));
    }

    static Graph<Vertex, Link> of(Lab lab) {
        Graph<Vertex, Link> g = GraphTypeBuilder.<Vertex, Link>undirected()
                .allowingMultipleEdges(true).allowingSelfLoops(false).weighted(false).buildGraph();
        Map<String, Segment> segments = new HashMap<>();
        for (Network n : lab.networks()) {
            Segment s = new Segment(n);
            if (segments.putIfAbsent(n.id(), s) == null) {
                g.addVertex(s);
            }
        }
        for (Node n : lab.nodes()) {
            Host h = new Host(n);
            if (!g.addVertex(h)) {
                continue;
            }
            List<Nic> nics = n.nics();
            for (int i = 0; i < nics.size(); i++) {
                Segment s = segments.get(nics.get(i).network());
                if (s == null) {
                    continue;
                }
                // Edge order is drawing order for Graphviz: upstream first, so WAN ends up on top.
                if (upstream(n, s.network(), segments)) {
                    g.addEdge(h, s, new Link(h, i, nics.get(i)));
                } else {
                    g.addEdge(s, h, new Link(h, i, nics.get(i)));
                }
            }
        }
        return g;
    }
}
