package io.labforge.deploy.plan;

import io.labforge.deploy.journal.JournalState;
import io.labforge.deploy.port.ClusterNode;
import io.labforge.deploy.port.ClusterState;
import io.labforge.deploy.port.GuestConfig;
import io.labforge.deploy.port.NicConfig;
import io.labforge.deploy.port.SdnState;
import io.labforge.deploy.port.SdnSubnet;
import io.labforge.deploy.port.SdnVnet;
import io.labforge.deploy.port.SdnZone;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which lab networks span Proxmox nodes once the guests are placed, and the SDN zone, vnet and subnet each gets
 * (docs/decisions/cluster-01-sdn-for-spanning-networks.md): a tagged network whose bridge every one of its nodes
 * has goes into a {@code vlan} zone on that bridge; any other into the lab's {@code vxlan} zone between all nodes.
 * A network whose bridge is an existing vnet (e.g. one imported from the cluster) spans nodes already and is left as it is.
 */
final class SdnLayout {

    /** 1500 minus the 50 bytes of VXLAN encapsulation. */
    static final int VXLAN_MTU = 1450;

    /** A network that spans nodes, and what carries it. */
    record Segment(DesiredNetwork network, List<String> nodes, SdnZone zone, SdnVnet vnet, SdnSubnet subnet) {
    }

    final List<Segment> segments = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    final List<String> blockers = new ArrayList<>();

    private final DesiredLab desired;
    private final ClusterState state;
    private final JournalState journal;
    private final Map<String, SdnZone> zonesByPurpose = new LinkedHashMap<>();
    private final Set<String> takenIds = new HashSet<>();
    private final Set<Integer> takenVnis = new HashSet<>();

    private SdnLayout(DesiredLab desired, ClusterState state, JournalState journal) {
        this.desired = desired;
        this.state = state;
        this.journal = journal;
    }

    /** @param nodeOf Proxmox node of every guest the plan keeps or creates */
    static SdnLayout of(DesiredLab desired, Map<String, String> nodeOf, ClusterState state, JournalState journal) {
        SdnLayout l = new SdnLayout(desired, state, journal);
        for (DesiredNetwork n : desired.networks()) {
            Set<String> nodes = new TreeSet<>();
            desired.guests().stream().filter(g -> g.networks().contains(n.id()) && nodeOf.get(g.id()) != null)
                    .forEach(g -> nodes.add(nodeOf.get(g.id())));
            boolean onForeignVnet = state.sdn().vnet(n.bridge()).filter(v -> Marker.networkOf(v.alias(), desired.lab()).isEmpty()).isPresent();
            if (nodes.size() > 1 && !onForeignVnet) {
                l.add(n, List.copyOf(nodes));
            }
        }
        return l;
    }

    /** The SDN objects the lab wants. */
    SdnState wanted() {
        List<SdnZone> zones = segments.stream().map(Segment::zone).distinct().toList();
        return new SdnState(zones, segments.stream().map(Segment::vnet).toList(),
                segments.stream().map(Segment::subnet).filter(s -> s != null).toList());
    }

    /** The lab with every NIC on a spanning network moved onto that network's vnet (untagged: the vnet tags). */
    DesiredLab wire() {
        Map<String, String> vnetOf = new LinkedHashMap<>();
        segments.forEach(s -> vnetOf.put(s.network().id(), s.vnet().id()));
        List<DesiredGuest> guests = new ArrayList<>();
        for (DesiredGuest g : desired.guests()) {
            List<NicConfig> nics = new ArrayList<>(g.config().nics());
            boolean changed = false;
            for (int i = 0; i < nics.size() && i < g.networks().size(); i++) {
                String vnet = vnetOf.get(g.networks().get(i));
                if (vnet != null) {
                    NicConfig n = nics.get(i);
                    nics.set(i, new NicConfig(vnet, null, n.firewall(), n.mac()));
                    changed = true;
                }
            }
            guests.add(changed ? withNics(g, nics) : g);
        }
        return desired.withGuests(guests);
    }

    private static DesiredGuest withNics(DesiredGuest g, List<NicConfig> nics) {
        GuestConfig c = g.config();
        GuestConfig wired = new GuestConfig(c.cores(), c.memory(), c.diskGiB(), nics, c.cloudInit(), c.tags(), c.description());
        return new DesiredGuest(g.id(), g.name(), g.type(), g.realization(), g.source(), g.pinnedNode(), g.pinnedVmid(), wired,
                g.firewall(), g.ready(), g.routes(), g.networks());
    }

    /** Node bridges the zones tag on, as {@code node/bridge} keys: needed while the zone is. */
    Set<String> zoneBridges() {
        Set<String> keys = new TreeSet<>();
        for (Segment s : segments) {
            if (s.zone().bridge() != null) {
                s.nodes().forEach(node -> keys.add(JournalState.bridgeKey(node, s.zone().bridge())));
            }
        }
        return keys;
    }

    boolean hasGuests() {
        return !desired.guests().isEmpty();
    }

    boolean isVnet(String bridge) {
        return segments.stream().anyMatch(s -> s.vnet().id().equals(bridge));
    }

    private void add(DesiredNetwork n, List<String> nodes) {
        boolean commonBridge = nodes.stream().allMatch(node -> state.bridge(node, n.bridge()).isPresent());
        SdnZone zone;
        if (n.vlan() != null && commonBridge) {
            zone = zonesByPurpose.computeIfAbsent("vlan-" + n.bridge(), p -> SdnZone.vlan(zoneId(p, "vlan", n.bridge()), n.bridge()));
        } else {
            if (n.vlan() != null) {
                List<String> missing = nodes.stream().filter(node -> state.bridge(node, n.bridge()).isEmpty()).toList();
                warnings.add("network " + n.id() + " (VLAN " + n.vlan() + " on " + n.bridge() + ") spans " + String.join(", ", nodes)
                        + ", but " + String.join(", ", missing) + " has no " + n.bridge() + ": it becomes a VXLAN vnet instead of a VLAN one");
            }
            zone = zonesByPurpose.computeIfAbsent("vxlan", p -> SdnZone.vxlan(zoneId(p, "vxlan", null), peers(), VXLAN_MTU));
        }
        Optional<SdnVnet> mine = ourVnet(n.id());
        String vnetId = mine.map(SdnVnet::id).orElseGet(() -> vnetId(n.id()));
        takenIds.add(vnetId);
        Integer tag = "vlan".equals(zone.type()) ? n.vlan() : vni(n, mine, zone);
        SdnVnet vnet = new SdnVnet(vnetId, zone.id(), tag, Marker.vnetAlias(desired.lab(), n.id()), false);
        SdnSubnet subnet = n.cidr() == null ? null
                : new SdnSubnet(zone.id() + "-" + n.cidr().replace('/', '-'), vnetId, n.cidr(), n.gateway(), !n.uplink(), false);
        if (subnet != null && !n.uplink() && !"simple".equals(zone.type())) {
            warnings.add("network " + n.id() + " has no router of its own: its subnet gets SNAT, but Proxmox only routes and"
                    + " masquerades subnets of layer-3 zones, so guests on it reach beyond " + n.cidr() + " only through a lab router");
        }
        segments.add(new Segment(n, nodes, zone, vnet, subnet));
    }

    /** Addresses of all online nodes, so any node may later join the overlay. */
    private List<String> peers() {
        List<String> out = new ArrayList<>();
        for (ClusterNode node : state.nodes().stream().filter(ClusterNode::online).sorted(Comparator.comparing(ClusterNode::name)).toList()) {
            if (node.address() == null) {
                blockers.add("the address of node " + node.name() + " is unknown (reading /cluster/status needs Sys.Audit on /);"
                        + " a VXLAN zone needs the addresses of all nodes");
            } else {
                out.add(node.address());
            }
        }
        return out;
    }

    /** The first candidate ID that is free or already this lab's zone of that kind. */
    private String zoneId(String purpose, String type, String bridge) {
        for (int attempt = 0; ; attempt++) {
            String id = SdnNames.zone(desired.lab(), purpose, attempt);
            if (takenIds.contains(id) || state.sdn().vnet(id).isPresent()) {
                continue;
            }
            Optional<SdnZone> there = state.sdn().zone(id);
            if (there.isEmpty() || (ownsZone(id) && type.equals(there.get().type()) && Objects.equals(bridge, there.get().bridge()))) {
                takenIds.add(id);
                return id;
            }
        }
    }

    private String vnetId(String network) {
        for (int attempt = 0; ; attempt++) {
            String id = SdnNames.vnet(desired.lab(), network, attempt);
            if (!takenIds.contains(id) && !state.sdn().idTaken(id)) {
                return id;
            }
        }
    }

    /** The VNI: the one the lab's vnet has, else the network's VLAN id, else one derived from its name; never another's. */
    private Integer vni(DesiredNetwork n, Optional<SdnVnet> mine, SdnZone zone) {
        Set<Integer> others = new HashSet<>(takenVnis);
        state.sdn().vnets().stream().filter(v -> mine.map(m -> !m.id().equals(v.id())).orElse(true) && v.tag() != null)
                .filter(v -> state.sdn().zone(v.zone()).map(z -> "vxlan".equals(z.type()) || "evpn".equals(z.type())).orElse(false))
                .forEach(v -> others.add(v.tag()));
        Integer vni = mine.filter(m -> zone.id().equals(m.zone()) && m.tag() != null && !others.contains(m.tag())).map(SdnVnet::tag)
                .orElse(n.vlan() != null && !others.contains(n.vlan()) ? n.vlan() : null);
        for (int attempt = 0; vni == null || others.contains(vni); attempt++) {
            vni = SdnNames.vni(desired.lab(), n.id(), attempt);
        }
        takenVnis.add(vni);
        return vni;
    }

    private Optional<SdnVnet> ourVnet(String network) {
        String slug = Marker.slug(network);
        return state.sdn().vnets().stream()
                .filter(v -> Marker.networkOf(v.alias(), desired.lab()).map(slug::equals).orElse(false))
                .filter(v -> !takenIds.contains(v.id()))
                .findFirst();
    }

    /** A zone is the lab's when the journal says it made it, or when every vnet in it is the lab's. */
    boolean ownsZone(String id) {
        if (journal.sdn().contains(JournalState.sdnKey("zone", id))) {
            return true;
        }
        List<SdnVnet> vnets = state.sdn().vnetsOf(id);
        return !vnets.isEmpty() && vnets.stream().allMatch(v -> Marker.networkOf(v.alias(), desired.lab()).isPresent());
    }
}
