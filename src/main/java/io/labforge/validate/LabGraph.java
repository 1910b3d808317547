package io.labforge.validate;

import io.labforge.model.Ipv4;
import io.labforge.kind.NodeKinds;
import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.NetworkKind;
import io.labforge.model.Nic;
import io.labforge.model.Node;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The lab as a JGraphT graph: hosts and networks are vertices, each NIC is an edge from its host
 * to its network (a multigraph: a host may have two NICs on one network). Routing nodes are
 * marked ({@link HostVertex#routes()}). Also the resolved addresses of every NIC, which the
 * deployer writes into cloud-init; who reaches whom is asked of its {@link #reachability()}. Built in one linear pass; immutable afterwards, and safe to
 * share between threads (the two lazily built indexes are built under a lock).
 *
 * <p>With duplicate ids (a broken lab) the first node or network with an id wins the lookups.
 */
public final class LabGraph {

    private final Lab lab;
    private final NodeKinds kinds;
    private final Graph<LabVertex, NicEdge> graph;
    private final List<HostVertex> hosts = new ArrayList<>();
    private final List<NetworkVertex> networks = new ArrayList<>();
    private final Map<String, HostVertex> hostsById = new HashMap<>();
    private final Map<String, NetworkVertex> networksById = new HashMap<>();
    private final Map<Node, HostVertex> byNode = new IdentityHashMap<>();
    private final Map<String, List<NetworkVertex>> segments = new LinkedHashMap<>();
    private final Map<String, List<ResolvedAddress>> addresses = new HashMap<>();
    private final Map<String, Set<Long>> used = new HashMap<>();
    private final Reachability reachability;

    private LabGraph(Lab lab, NodeKinds kinds) {
        this.lab = lab;
        this.kinds = kinds;
        this.graph = GraphTypeBuilder.<LabVertex, NicEdge>undirected()
                .allowingMultipleEdges(true).allowingSelfLoops(false).weighted(false).buildGraph();
        for (Network n : lab.networks()) {
            NetworkVertex v = new NetworkVertex(n, Subnet.parse(n.cidr()).orElse(null), segmentKey(n));
            networks.add(v);
            networksById.putIfAbsent(n.id(), v);
            segments.computeIfAbsent(v.segment(), k -> new ArrayList<>(2)).add(v);
            graph.addVertex(v);
        }
        for (Node node : lab.nodes()) {
            HostVertex h = new HostVertex(node, kinds.find(node.kind()).orElse(null));
            hosts.add(h);
            byNode.put(node, h);
            hostsById.putIfAbsent(node.id(), h);
            graph.addVertex(h);
            addNics(h);
        }
        this.reachability = new Reachability(graph, segments, hosts, networks);
    }

    public static LabGraph of(Lab lab, NodeKinds kinds) {
        return new LabGraph(lab, kinds);
    }

    private void addNics(HostVertex h) {
        Node node = h.node();
        List<ResolvedAddress> resolved = new ArrayList<>(node.nics().size());
        for (int i = 0; i < node.nics().size(); i++) {
            Nic nic = node.nics().get(i);
            NetworkVertex net = networksById.get(nic.network());
            ResolvedAddress address = resolve(node, i, nic, net);
            resolved.add(address);
            if (net != null) {
                NicEdge edge = new NicEdge(h, net, i, address);
                graph.addEdge(h, net, edge);
                h.add(edge);
                net.add(edge);
            }
        }
        addresses.putIfAbsent(node.id(), Collections.unmodifiableList(resolved));
    }

    private static ResolvedAddress resolve(Node node, int index, Nic nic, NetworkVertex net) {
        Subnet subnet = net == null ? null : net.subnet().orElse(null);
        String ip = nic.isDhcp() || !Ipv4.isValid(nic.ip()) ? null : nic.ip();
        String gateway = net == null ? null : net.network().gateway();
        if (gateway != null && gateway.equals(ip)) {
            gateway = null;
        }
        return new ResolvedAddress(node.id(), index, nic.network(), ip,
                subnet == null ? null : subnet.prefix(), gateway, nic.isDhcp());
    }

    private static String segmentKey(Network n) {
        if (n.bridge() == null || n.bridge().isBlank()) {
            return "network:" + n.id();
        }
        return n.bridge() + (n.vlan() == null ? "" : "." + n.vlan());
    }

    public Lab lab() {
        return lab;
    }

    public NodeKinds kinds() {
        return kinds;
    }

    /** The graph itself, for JGraphT algorithms and exports. Do not modify it. */
    public Graph<LabVertex, NicEdge> graph() {
        return graph;
    }

    /** Every node as a vertex, in lab order (duplicates included). */
    public List<HostVertex> hosts() {
        return hosts;
    }

    /** Every network as a vertex, in lab order (duplicates included). */
    public List<NetworkVertex> networks() {
        return networks;
    }

    public Optional<HostVertex> host(String id) {
        return Optional.ofNullable(hostsById.get(id));
    }

    public Optional<NetworkVertex> network(String id) {
        return Optional.ofNullable(networksById.get(id));
    }

    public HostVertex vertexOf(Node node) {
        HostVertex v = byNode.get(node);
        if (v == null) {
            throw new IllegalArgumentException("node '" + node.id() + "' is not in this lab");
        }
        return v;
    }

    public Optional<Subnet> subnet(String networkId) {
        return network(networkId).flatMap(NetworkVertex::subnet);
    }

    /** The NICs of a node that join an existing network, in NIC order. */
    public List<NicEdge> nicsOf(Node node) {
        return vertexOf(node).nics();
    }

    /** The NICs attached to a network, in lab order of their nodes. */
    public List<NicEdge> attached(NetworkVertex network) {
        return network.attached();
    }

    /** The networks in the same L2 segment (same bridge, same VLAN tag), this one included. */
    public List<NetworkVertex> segment(NetworkVertex network) {
        return segments.getOrDefault(network.segment(), List.of(network));
    }

    public Map<String, List<NetworkVertex>> segments() {
        return Collections.unmodifiableMap(segments);
    }

    /** What every NIC of the node resolves to, in NIC order (empty for an unknown node). */
    public List<ResolvedAddress> addresses(String nodeId) {
        return addresses.getOrDefault(nodeId, List.of());
    }

    public Optional<ResolvedAddress> address(String nodeId, int nic) {
        List<ResolvedAddress> list = addresses(nodeId);
        return nic >= 0 && nic < list.size() ? Optional.of(list.get(nic)) : Optional.empty();
    }

    /**
     * The first host address of the network that no static NIC, gateway or DHCP pool uses, in
     * address order; empty when the network has no valid CIDR or is full.
     */
    public Optional<String> nextFreeAddress(String networkId) {
        Optional<Subnet> subnet = subnet(networkId);
        if (subnet.isEmpty()) {
            return Optional.empty();
        }
        Set<Long> taken = used(networkId);
        Network net = networksById.get(networkId).network();
        long dhcpStart = net.dhcp() == null ? -1 : Ipv4.parse(net.dhcp().start());
        long dhcpEnd = net.dhcp() == null ? -1 : Ipv4.parse(net.dhcp().end());
        for (long a = subnet.get().firstHost(); a <= subnet.get().lastHost(); a++) {
            boolean inPool = dhcpStart >= 0 && dhcpEnd >= 0 && a >= dhcpStart && a <= dhcpEnd;
            if (!inPool && !taken.contains(a)) {
                return Optional.of(Ipv4.format(a));
            }
        }
        return Optional.empty();
    }

    /** Whether a static NIC could take {@code ip} on the network: a host address no one uses, outside the DHCP pool. */
    public boolean isFree(String networkId, String ip) {
        Optional<Subnet> subnet = subnet(networkId);
        long a = Ipv4.parse(ip);
        if (subnet.isEmpty() || a < subnet.get().firstHost() || a > subnet.get().lastHost() || used(networkId).contains(a)) {
            return false;
        }
        Network net = networksById.get(networkId).network();
        if (net.dhcp() == null) {
            return true;
        }
        long start = Ipv4.parse(net.dhcp().start());
        long end = Ipv4.parse(net.dhcp().end());
        return start < 0 || end < 0 || a < start || a > end;
    }

    private synchronized Set<Long> used(String networkId) {
        return used.computeIfAbsent(networkId, id -> {
            NetworkVertex net = networksById.get(id);
            Set<Long> set = new HashSet<>();
            long gw = Ipv4.parse(net.network().gateway());
            if (gw >= 0) {
                set.add(gw);
            }
            for (NicEdge e : net.attached()) {
                long v = e.address().value();
                if (v >= 0) {
                    set.add(v);
                }
            }
            return set;
        });
    }

    /** Searches and routing questions over this graph. */
    public Reachability reachability() {
        return reachability;
    }

    /**
     * The DNS server a node is given (docs/validation.md, "DNS"). A node on an Active Directory
     * network resolves through a domain controller: the first one with a static address on one of
     * its AD networks, else the first one it can reach through routers. Any other node, or a member
     * that reaches no domain controller, uses the gateway of its first NIC's network.
     */
    public Optional<String> dnsServer(String nodeId) {
        Optional<HostVertex> found = host(nodeId);
        if (found.isEmpty() || found.get().node().nics().isEmpty()) {
            return Optional.empty();
        }
        HostVertex host = found.get();
        boolean onAd = false;
        for (NicEdge e : nicsOf(host.node())) {
            if (e.network().network().kind() == NetworkKind.AD) {
                onAd = true;
                Optional<String> dc = domainControllerAddress(e.network());
                if (dc.isPresent()) {
                    return dc;
                }
            }
        }
        if (onAd) {
            for (HostVertex dc : hosts) {
                if (DOMAIN_CONTROLLER.equals(dc.node().kind()) && reachability.routed(host, dc)) {
                    Optional<String> ip = addresses(dc.id()).stream().map(ResolvedAddress::ip).filter(a -> a != null).findFirst();
                    if (ip.isPresent()) {
                        return ip;
                    }
                }
            }
        }
        NetworkVertex first = networksById.get(host.node().nics().get(0).network());
        return first == null ? Optional.empty() : Optional.ofNullable(first.network().gateway());
    }

    /** The static address of the first domain controller on the network. */
    public Optional<String> domainControllerAddress(NetworkVertex network) {
        for (NicEdge e : network.attached()) {
            if (DOMAIN_CONTROLLER.equals(e.host().node().kind()) && e.address().ip() != null) {
                return Optional.of(e.address().ip());
            }
        }
        return Optional.empty();
    }

    /** Kind id of domain controllers (the DNS policy and the AD rules look for it). */
    public static final String DOMAIN_CONTROLLER = "domain-controller";
}
