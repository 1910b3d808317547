package io.labforge.validate;

import io.labforge.model.DhcpRange;
import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.NetworkKind;
import io.labforge.model.Nic;
import io.labforge.model.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import static io.labforge.validate.TestLabs.homelab;

/**
 * One lab per rule that trips it: the clean homelab with one thing broken. {@code also} lists the
 * codes the same mistake legitimately trips besides the rule under test.
 */
public final class RuleFixtures {

    public record Fixture(String code, Lab lab, List<String> subjects, String message, Set<String> also, Capacity capacity) {

        Fixture also(String... codes) {
            return new Fixture(code, lab, subjects, message, Set.of(codes), capacity);
        }

        Fixture with(Capacity c) {
            return new Fixture(code, lab, subjects, message, also, c);
        }

        @Override
        public String toString() {
            return code;
        }
    }

    private RuleFixtures() {
    }

    static Fixture fixture(String code, Lab lab, List<String> subjects, String message) {
        return new Fixture(code, lab, subjects, message, Set.of(), Capacity.UNKNOWN);
    }

    static Lab node(String id, UnaryOperator<Node> change) {
        return homelab().updateNode(id, change);
    }

    static Lab net(String id, UnaryOperator<Network> change) {
        return homelab().updateNetwork(id, change);
    }

    static Lab plus(Network network) {
        return homelab().withNetwork(network);
    }

    static Network lab2(NetworkKind kind, String bridge, Integer vlan, String cidr, String gateway) {
        return Network.of("lab2", kind, bridge, vlan, cidr, gateway);
    }

    static Lab without(Lab lab, String... ids) {
        List<String> gone = List.of(ids);
        return lab.withNodes(lab.nodes().stream().filter(n -> !gone.contains(n.id())).toList());
    }

    static UnaryOperator<Node> nics(Nic... nics) {
        return n -> n.withNics(List.of(nics));
    }

    static Map<String, Object> frontends(Object... entries) {
        return Map.of("frontends", List.of(entries));
    }

    static Map<String, Object> frontend(Object port, List<String> backends) {
        return Map.of("port", port, "backends", backends);
    }

    static final List<String> CPS = List.of("cp1", "cp2", "cp3");

    public static List<Fixture> all() {
        List<Fixture> f = new ArrayList<>();
        // identity
        f.add(fixture("LF101", plus(Network.of("web1", NetworkKind.LAN, "vmbr2", null, "10.20.0.0/24", "10.20.0.1")),
                List.of("web1"), "id 'web1' is used by 2 elements (network, node)"));
        f.add(fixture("LF102", node("web1", n -> n.withHostname("WS1")), List.of("ws1", "web1"),
                "hostname 'ws1' is used by nodes 'ws1', 'web1'"));
        f.add(fixture("LF103", node("web1", n -> n.withHostname("web_1")), List.of("web1"),
                "node 'web1' has the invalid hostname 'web_1' (from its hostname)"));
        f.add(fixture("LF104", node("web1", n -> n.withVmid(42)), List.of("web1"),
                "node 'web1' has VMID 42, outside Proxmox's range 100-999999999"));
        f.add(fixture("LF105", homelab().updateNode("pg1", n -> n.withVmid(200)).updateNode("web1", n -> n.withVmid(200)),
                List.of("pg1", "web1"), "VMID 200 is pinned on nodes 'pg1', 'web1'"));
        f.add(fixture("LF106", node("web1", n -> n.withKind("linux-mv")), List.of("web1"),
                "node 'web1' has the unknown kind 'linux-mv'"));
        f.add(fixture("LF107", node("web1", n -> n.withFlavor("debain")), List.of("web1"),
                "node 'web1' has the unknown flavor 'debain' for kind 'linux-vm'"));
        // addressing
        f.add(fixture("LF201", plus(lab2(NetworkKind.LAN, "vmbr2", null, "10.20.300.0/24", null)), List.of("lab2"),
                "network 'lab2' has the invalid CIDR '10.20.300.0/24'"));
        f.add(fixture("LF202", net("db", n -> n.withCidr("10.10.40.7/24")), List.of("db"),
                "network 'db' has the CIDR '10.10.40.7/24' with host bits set"));
        f.add(fixture("LF203", plus(lab2(NetworkKind.LAN, "vmbr2", null, "10.10.20.128/25", null)), List.of("k8s", "lab2"),
                "subnets of network 'k8s' (10.10.20.0/24) and network 'lab2' (10.10.20.128/25) overlap"));
        f.add(fixture("LF204", node("web1", nics(Nic.of("lan", "10.10.10.50/24"))), List.of("web1", "lan"),
                "NIC 1 (net0) of node 'web1' has the invalid address '10.10.10.50/24'"));
        f.add(fixture("LF205", node("web1", nics(Nic.of("lan", "10.10.11.5"))), List.of("web1", "lan"),
                "NIC 1 (net0) of node 'web1' has 10.10.11.5, outside network 'lan' (10.10.10.0/24)"));
        f.add(fixture("LF206", node("web1", nics(Nic.of("lan", "10.10.10.255"))), List.of("web1", "lan"),
                "NIC 1 (net0) of node 'web1' has 10.10.10.255, the broadcast address of network 'lan'"));
        f.add(fixture("LF207", node("web1", nics(Nic.of("lan", "10.10.10.10"))), List.of("lb1", "web1", "lan"),
                "10.10.10.10 on network 'lan' is used by NIC 1 (net0) of node 'lb1' and NIC 1 (net0) of node 'web1'"));
        f.add(fixture("LF208", net("db", n -> n.withGateway("10.10.41.1")), List.of("db"),
                "network 'db' has the gateway 10.10.41.1, outside its subnet 10.10.40.0/24"));
        f.add(fixture("LF209", homelab().updateNode("web1", nics(Nic.of("lan", "10.10.10.1")))
                        .updateNode("fw1", n -> withNic(n, 1, Nic.of("lan", "10.10.10.2"))), List.of("web1", "lan"),
                "NIC 1 (net0) of node 'web1' has 10.10.10.1, the gateway address of network 'lan', but 'linux-vm' does not route"));
        f.add(fixture("LF210", net("lan", n -> n.withDhcp(new DhcpRange("10.10.10.200", "10.10.10.100"))), List.of("lan"),
                "DHCP pool of network 'lan' starts after it ends (10.10.10.200-10.10.10.100)"));
        f.add(fixture("LF211", node("web1", nics(Nic.of("lan", "10.10.10.150"))), List.of("web1", "lan"),
                "NIC 1 (net0) of node 'web1' has the static address 10.10.10.150, inside the DHCP pool "
                        + "10.10.10.100-10.10.10.200 of network 'lan'"));
        f.add(fixture("LF212", net("db", n -> n.withVlan(4095)), List.of("db"),
                "network 'db' has VLAN tag 4095, outside 1-4094"));
        f.add(fixture("LF213", plus(lab2(NetworkKind.LAN, "vmbr1", 30, "10.20.0.0/24", null)), List.of("ad", "lab2"),
                "networks 'ad', 'lab2' all use VLAN 30 on bridge vmbr1"));
        f.add(fixture("LF214", plus(lab2(NetworkKind.LAN, "VMBR2", null, "10.20.0.0/24", null)), List.of("lab2"),
                "network 'lab2' has the invalid bridge name 'VMBR2' (not of the form [a-z][a-z0-9_]{1,20})"));
        f.add(fixture("LF215", plus(lab2(NetworkKind.LAN, "labnet", null, "10.20.0.0/24", null)), List.of("lab2"),
                "network 'lab2' uses bridge 'labnet', not named like vmbrN"));
        f.add(fixture("LF216", plus(lab2(NetworkKind.LAN, "vmbr0", null, "10.20.0.0/24", null)), List.of("wan", "lab2"),
                "networks 'wan', 'lab2' are all untagged on bridge vmbr0: they share one L2 segment"));
        f.add(fixture("LF217", plus(lab2(NetworkKind.LAN, null, null, "10.20.0.0/24", "10.20.0.1"))
                        .updateNode("web1", nics(Nic.dhcp("lab2"))), List.of("lab2"),
                "network 'lab2' has no bridge, but guests 'web1' join it"));
        // structure
        f.add(fixture("LF301", node("web1", nics(Nic.dhcp("lna"))), List.of("web1"),
                "NIC 1 (net0) of node 'web1' joins the unknown network 'lna'"));
        f.add(fixture("LF302", node("internet", nics(Nic.dhcp("wan"), Nic.dhcp("lan"))), List.of("internet", "lan"),
                "NIC 2 (net1) of node 'internet' joins network 'lan' of kind 'lan', where kind 'internet' may not go"));
        f.add(fixture("LF303", node("web1", nics()), List.of("web1"), "node 'web1' has no NIC: nothing can reach it"));
        f.add(fixture("LF304", plus(lab2(NetworkKind.LAN, "vmbr2", null, "10.20.0.0/24", null))
                        .updateNode("web1", nics(Nic.dhcp("lab2"))), List.of("lab2"),
                "network 'lab2' has hosts but no router and no gateway: its hosts cannot reach other networks"));
        f.add(fixture("LF305", node("fw1", n -> withNic(n, 6, Nic.of("lan", "10.10.10.2"))), List.of("fw1", "lan"),
                "NIC 2 (net1) of node 'fw1' and NIC 7 (net6) are both in network 'lan': if node 'fw1' bridges them, frames loop"));
        f.add(fixture("LF306", node("web1", nics(Nic.dhcp("lan"), Nic.dhcp("lan"))), List.of("web1", "lan"),
                "NIC 1 (net0) of node 'web1' and NIC 2 (net1) are both in network 'lan'"));
        f.add(fixture("LF307", node("internet", n -> n.withVmid(150)), List.of("internet"),
                "node 'internet' (kind 'internet') is drawn but never deployed; its vmid will be ignored"));
        // security zones
        f.add(fixture("LF401", node("web1", nics(Nic.dhcp("wan"))), List.of("web1", "wan"),
                "NIC 1 (net0) of node 'web1' (kind 'linux-vm') joins WAN network 'wan', exposed to the uplink"));
        f.add(fixture("LF402", node("ws1", nics(Nic.of("ad", "10.10.30.20"), Nic.of("db", "10.10.40.20"))),
                List.of("ws1", "ad", "db"), "node 'ws1' bridges the zones ad, db (networks 'ad', 'db') without the firewall"));
        f.add(fixture("LF403", node("web1", nics(Nic.dhcp("wan"), Nic.of("db", "10.10.40.50"))), List.of("db", "wan", "web1"),
                "Databases network 'db' is reachable from WAN without a firewall: wan -> web1 -> db").also("LF401", "LF402"));
        f.add(fixture("LF404", without(homelab(), "bastion1"), List.of("mgmt"), "management network 'mgmt' has no bastion host"));
        // services
        f.add(fixture("LF501", without(homelab(), "cp3").updateNode("lb1",
                        n -> n.withRole(frontends(frontend(6443, List.of("cp1", "cp2"))))), List.of("cp1", "cp2"),
                "Kubernetes cluster 'k8s' has 2 control planes ('cp1', 'cp2'): an even number adds no fault tolerance to etcd"));
        f.add(fixture("LF502", without(homelab(), "cp1", "cp2", "cp3").updateNode("lb1", n -> n.withRole(Map.of())),
                List.of("w1"), "Kubernetes cluster 'k8s' has workers 'w1' but no control plane"));
        f.add(fixture("LF503", without(homelab(), "w1"), CPS,
                "Kubernetes cluster 'k8s' has no worker: workloads run on the control planes 'cp1', 'cp2', 'cp3'"));
        f.add(fixture("LF504", node("lb1", n -> n.withRole(Map.of())), CPS,
                "Kubernetes cluster 'k8s' has 3 control planes but no load-balancer frontend on 6443 in front of them"));
        f.add(fixture("LF505", node("lb1", n -> n.withRole(frontends(frontend(6443, CPS), frontend(443, List.of())))),
                List.of("lb1"), "frontend 2 of node 'lb1' (port 443) has no list of backend node ids"));
        f.add(fixture("LF506", node("lb1", n -> n.withRole(frontends(frontend(6443, CPS), frontend(80, List.of("wbe1"))))),
                List.of("lb1"), "frontend 80 of load balancer 'lb1' names the unknown backend 'wbe1'"));
        f.add(fixture("LF507", plus(lab2(NetworkKind.DB, "vmbr2", null, "10.20.0.0/24", "10.20.0.1"))
                        .updateNode("pg1", nics(Nic.of("lab2", "10.20.0.10")))
                        .updateNode("lb1", n -> n.withRole(frontends(frontend(6443, CPS), frontend(5432, List.of("pg1"))))),
                List.of("lb1", "pg1"),
                "backend 'pg1' of frontend 5432 of load balancer 'lb1' is unreachable from it: no shared network and no route through a router"));
        f.add(fixture("LF508", without(homelab(), "dc1"), List.of("ad", "ws1"),
                "AD network 'ad' has members 'ws1' but the lab has no domain controller with a static address to use for DNS"));
        f.add(fixture("LF509", plus(lab2(NetworkKind.AD, "vmbr1", 31, "10.10.31.0/24", "10.10.31.1"))
                        .withNode(Node.of("ws2", "windows-vm", Nic.of("lab2", "10.10.31.20"))), List.of("ws2", "lab2"),
                "node 'ws2' is a member of AD network 'lab2' but no domain controller is reachable from it: "
                        + "it would resolve DNS via 10.10.31.1"));
        f.add(fixture("LF510", node("pg1", n -> n.withRole(Map.of("databse", List.of("app")))), List.of("pg1"),
                "node 'pg1' has the role key 'databse', unknown to kind 'database'"));
        // deployability
        f.add(fixture("LF601", node("web1", n -> n.withTemplate(" ")), List.of("web1"),
                "node 'web1' has no template to be built from, and its flavor has no default"));
        f.add(fixture("LF602", homelab().withTarget(null), List.of(),
                "the lab has 11 guests but no target storage: it cannot be deployed yet"));
        f.add(fixture("LF603", homelab(), ids(homelab()),
                "guests on Proxmox node 'pve' need 37888 MiB of memory, but it has 16384 MiB")
                .with(Capacity.of(Map.of("pve", new Capacity.NodeCapacity(16, 16384, 2000)))));
        f.add(fixture("LF604", homelab().updateNode("web1", n -> n.withProxmoxNode("pve9")), List.of("web1"),
                "guests 'web1' are placed on Proxmox node 'pve9', which the target does not have")
                .with(Capacity.of(Map.of("pve", new Capacity.NodeCapacity(64, 262144, 4000)))));
        return f;
    }

    static Node withNic(Node n, int index, Nic nic) {
        List<Nic> nics = new ArrayList<>(n.nics());
        if (index < nics.size()) {
            nics.set(index, nic);
        } else {
            nics.add(nic);
        }
        return n.withNics(nics);
    }

    private static List<String> ids(Lab lab) {
        return lab.nodes().stream().filter(n -> !n.kind().equals("internet")).map(Node::id).toList();
    }
}
