package io.labforge.deploy.importer;

import io.labforge.deploy.port.ClusterState;
import io.labforge.deploy.port.Guest;
import io.labforge.deploy.port.GuestConfig;
import io.labforge.deploy.port.GuestType;
import io.labforge.deploy.port.IpConfig;
import io.labforge.deploy.port.NicConfig;
import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.NetworkKind;
import io.labforge.model.Nic;
import io.labforge.model.Node;
import io.labforge.model.Resources;
import io.labforge.model.Target;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A lab drawn from an existing cluster: one network per SDN vnet (subnet and gateway from the vnet's subnet,
 * the vnet as its bridge) and per bridge and VLAN the guests use (subnet and gateway taken from their static
 * addresses), one node per VM ({@code linux-vm}) or container
 * ({@code lxc}) with its resources, NICs (MACs kept), VMID and Proxmox node pinned. Templates are
 * left out. Labforge markers are dropped from tags and descriptions.
 */
public final class ClusterImport {

    private ClusterImport() {
    }

    public static Lab toLab(String name, ClusterState state) {
        Map<String, Network> networks = new LinkedHashMap<>();
        SdnNetworks vnets = new SdnNetworks(state.sdn());
        networks.putAll(vnets.networks(new HashSet<>()));
        List<Node> nodes = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Guest g : state.guests()) {
            if (g.template() || g.config() == null) {
                continue;
            }
            GuestConfig c = g.config();
            List<Nic> nics = new ArrayList<>();
            List<NicConfig> nicConfigs = c.nics() == null ? List.of() : c.nics();
            List<IpConfig> ips = c.cloudInit() == null ? List.of() : c.cloudInit().ipconfigs();
            for (int i = 0; i < nicConfigs.size(); i++) {
                NicConfig n = nicConfigs.get(i);
                IpConfig ip = i < ips.size() ? ips.get(i) : IpConfig.DHCP;
                String netId = vnets.isVnet(n.bridge()) ? vnets.networkOf(n.bridge()) : n.bridge() + (n.vlan() == null ? "" : "-v" + n.vlan());
                networks.merge(netId, network(netId, n, ip), (old, neu) -> old.cidr() == null ? neu.withName(old.name())
                        .withDescription(old.description()).withBridge(old.bridge()).withVlan(old.vlan()) : old);
                nics.add(new Nic(netId, ip.isDhcp() ? Nic.DHCP : ip.host(), n.mac(), n.firewall()));
            }
            String id = uniqueId(g, ids);
            nodes.add(new Node(id, g.ref().type() == GuestType.LXC ? "lxc" : "linux-vm", null,
                    g.name() != null && !g.name().equals(id) ? g.name() : null, null, null,
                    new Resources(c.cores(), c.memory(), c.diskGiB()), nics, g.vmid(), g.ref().node(), Map.of(),
                    g.tags().stream().filter(t -> !t.startsWith("labforge-")).sorted().toList(), userDescription(c.description())));
        }
        for (var b : state.bridges()) {
            networks.putIfAbsent(b.name(), Network.of(b.name(), kindOf(b.name(), null), b.name(), null, null, null));
        }
        String node = state.onlineNodeNames().isEmpty() ? null : state.onlineNodeNames().get(0);
        return new Lab(name, "Imported from Proxmox", new Target(null, node, null, null), List.copyOf(networks.values()),
                nodes, List.of(), Map.of());
    }

    private static Network network(String id, NicConfig n, IpConfig ip) {
        String cidr = null;
        if (!ip.isDhcp() && ip.address() != null && ip.address().contains("/")) {
            cidr = subnet(ip.address());
        }
        return Network.of(id, kindOf(n.bridge(), n.vlan()), n.bridge(), n.vlan(), cidr, cidr == null ? null : ip.gateway());
    }

    private static NetworkKind kindOf(String bridge, Integer vlan) {
        return "vmbr0".equals(bridge) && vlan == null ? NetworkKind.WAN : NetworkKind.LAN;
    }

    /** {@code 10.10.20.11/24} → {@code 10.10.20.0/24}. */
    static String subnet(String cidr) {
        String[] parts = cidr.split("/");
        String[] o = parts[0].split("\\.");
        if (o.length != 4) {
            return null;
        }
        int prefix = Integer.parseInt(parts[1]);
        long addr = 0;
        for (String x : o) {
            addr = addr << 8 | Integer.parseInt(x);
        }
        long mask = prefix == 0 ? 0 : 0xFFFFFFFFL << (32 - prefix) & 0xFFFFFFFFL;
        long net = addr & mask;
        return (net >> 24 & 255) + "." + (net >> 16 & 255) + "." + (net >> 8 & 255) + "." + (net & 255) + "/" + prefix;
    }

    private static String uniqueId(Guest g, Set<String> taken) {
        String base = g.name() == null ? "guest" : g.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        String id = taken.contains(base) ? base + "-" + g.vmid() : base;
        taken.add(id);
        return id;
    }

    private static String userDescription(String description) {
        if (description == null) {
            return null;
        }
        String s = description.startsWith("labforge: ") ? description.substring(description.indexOf('\n') + 1) : description;
        return s.isBlank() || s.startsWith("labforge: ") ? null : s.strip();
    }
}
