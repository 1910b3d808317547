package io.labforge.deploy.port;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One read of the cluster: nodes, guests (templates included), bridges, pools and the SDN configuration. */
public record ClusterState(List<ClusterNode> nodes, List<Guest> guests, List<Bridge> bridges, Set<String> pools, SdnState sdn) {

    public ClusterState {
        nodes = List.copyOf(nodes);
        guests = List.copyOf(guests);
        bridges = List.copyOf(bridges);
        pools = Set.copyOf(pools);
        sdn = sdn == null ? SdnState.EMPTY : sdn;
    }

    /** A cluster without SDN objects. */
    public ClusterState(List<ClusterNode> nodes, List<Guest> guests, List<Bridge> bridges, Set<String> pools) {
        this(nodes, guests, bridges, pools, SdnState.EMPTY);
    }

    public Optional<Guest> guest(int vmid) {
        return guests.stream().filter(g -> g.vmid() == vmid).findFirst();
    }

    public Optional<Bridge> bridge(String node, String name) {
        return bridges.stream().filter(b -> b.node().equals(node) && b.name().equals(name)).findFirst();
    }

    /** A template with this name or VMID, preferring one on {@code preferredNode}. */
    public Optional<Guest> template(String nameOrVmid, String preferredNode) {
        List<Guest> matches = guests.stream()
                .filter(Guest::template)
                .filter(g -> nameOrVmid.equals(g.name()) || nameOrVmid.equals(Integer.toString(g.vmid())))
                .toList();
        return matches.stream().filter(g -> g.ref().node().equals(preferredNode)).findFirst()
                .or(() -> matches.stream().findFirst());
    }

    public Optional<ClusterNode> node(String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst();
    }

    public List<String> onlineNodeNames() {
        return nodes.stream().filter(ClusterNode::online).map(ClusterNode::name).toList();
    }
}
