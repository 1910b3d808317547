package io.labforge.io.export;

import io.labforge.kind.NodeKinds;
import io.labforge.model.Group;
import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.NetworkKind;
import io.labforge.model.Nic;
import io.labforge.model.Node;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds an Ansible YAML inventory as a tree of maps: every guest under {@code all.hosts} with its
 * variables, and groups under {@code all.children}: one per node kind ({@code k8s_control_plane}),
 * one per zone ({@code zone_k8s}) and one per lab group; a group whose name is also a host's gets
 * {@code _hosts} appended. Documentation-only nodes are left out.
 */
final class AnsibleInventory {

    /** Where {@code ansible_host} comes from first: the management network, then the LAN, then any. */
    private static final List<NetworkKind> PREFERRED = List.of(NetworkKind.MGMT, NetworkKind.LAN);

    private final Lab lab;
    private final NodeKinds kinds;
    private final Map<String, Network> networks = new LinkedHashMap<>();

    AnsibleInventory(Lab lab, NodeKinds kinds) {
        this.lab = lab;
        this.kinds = kinds;
        lab.networks().forEach(n -> networks.putIfAbsent(n.id(), n));
    }

    Map<String, Object> build() {
        List<Node> guests = lab.nodes().stream().filter(n -> kinds.realization(n).isGuest()).toList();
        Map<String, Object> hosts = new LinkedHashMap<>();
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        for (Node n : guests) {
            String host = n.effectiveHostname();
            hosts.put(host, vars(n));
            add(groups, groupName(n.kind()), host);
        }
        for (NetworkKind zone : NetworkKind.values()) {
            for (Node n : guests) {
                if (zones(n).contains(zone)) {
                    add(groups, "zone_" + zone.id(), n.effectiveHostname());
                }
            }
        }
        for (Group g : lab.groups()) {
            String name = groups.containsKey(groupName(g.id())) ? "group_" + groupName(g.id()) : groupName(g.id());
            g.members().stream().flatMap(id -> guests.stream().filter(n -> n.id().equals(id)))
                    .forEach(n -> add(groups, name, n.effectiveHostname()));
        }
        Map<String, Object> children = new LinkedHashMap<>();
        groups.forEach((group, members) -> {
            // Ansible warns when a group and a host share a name (a host called "bastion" of kind bastion)
            String name = hosts.containsKey(group) ? group + "_hosts" : group;
            Map<String, Object> memberMap = new LinkedHashMap<>();
            members.forEach(m -> memberMap.put(m, Map.of()));
            children.put(name, Map.of("hosts", memberMap));
        });
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("vars", Map.of("labforge_lab", lab.name()));
        all.put("hosts", hosts);
        all.put("children", children);
        return Map.of("all", all);
    }

    private Map<String, Object> vars(Node n) {
        Map<String, Object> v = new LinkedHashMap<>();
        ansibleHost(n).ifPresent(ip -> v.put("ansible_host", ip));
        v.put("labforge_id", n.id());
        v.put("labforge_kind", n.kind());
        kinds.find(n.kind()).map(k -> k.flavorOf(n).id()).ifPresent(f -> v.put("labforge_flavor", f));
        Map<String, String> ips = new LinkedHashMap<>();
        n.nics().stream().filter(nic -> !nic.isDhcp()).forEach(nic -> ips.putIfAbsent(nic.network(), nic.staticIp()));
        if (!ips.isEmpty()) {
            v.put("labforge_ips", ips);
        }
        if (n.vmid() != null) {
            v.put("labforge_vmid", n.vmid());
        }
        if (!n.tags().isEmpty()) {
            v.put("labforge_tags", n.tags());
        }
        if (!n.role().isEmpty()) {
            v.put("labforge_role", n.role());
        }
        return v;
    }

    /** The first static address, on a management network if there is one, else on a LAN, else anywhere. */
    Optional<String> ansibleHost(Node n) {
        Comparator<Nic> preferred = Comparator.comparingInt(nic -> {
            int rank = zone(nic).map(PREFERRED::indexOf).orElse(-1);
            return rank < 0 ? PREFERRED.size() : rank;
        });
        return n.nics().stream().filter(nic -> !nic.isDhcp()).sorted(preferred).map(Nic::staticIp).findFirst();
    }

    private Set<NetworkKind> zones(Node n) {
        Set<NetworkKind> out = new LinkedHashSet<>();
        n.nics().forEach(nic -> zone(nic).ifPresent(out::add));
        return out;
    }

    private Optional<NetworkKind> zone(Nic nic) {
        return Optional.ofNullable(networks.get(nic.network())).map(Network::kind);
    }

    private static void add(Map<String, Set<String>> groups, String group, String host) {
        groups.computeIfAbsent(group, g -> new LinkedHashSet<>()).add(host);
    }

    /** Ansible group names are identifiers: {@code k8s-control-plane} becomes {@code k8s_control_plane}. */
    static String groupName(String id) {
        String name = id.replaceAll("[^A-Za-z0-9_]", "_");
        return name.isEmpty() || Character.isDigit(name.charAt(0)) ? "_" + name : name;
    }

}
