package io.labforge.deploy.engine;

import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.NetworkKind;
import io.labforge.model.Nic;
import io.labforge.model.Node;
import io.labforge.model.Target;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Labs for the engine tests, shaped like the reference homelab. */
final class TestLabs {

    private TestLabs() {
    }

    static Lab homelab() {
        List<Network> nets = List.of(
                Network.of("wan", NetworkKind.WAN, "vmbr0", null, "192.168.1.0/24", "192.168.1.1"),
                Network.of("lan", NetworkKind.LAN, "vmbr1", 10, "10.10.10.0/24", "10.10.10.1"),
                Network.of("k8s", NetworkKind.K8S, "vmbr1", 20, "10.10.20.0/24", "10.10.20.1"),
                Network.of("mgmt", NetworkKind.MGMT, "vmbr2", null, "10.10.99.0/24", "10.10.99.1"));
        List<Node> nodes = List.of(
                Node.of("internet", "internet"),
                Node.of("fw1", "firewall", Nic.dhcp("wan"), Nic.of("lan", "10.10.10.1"), Nic.of("k8s", "10.10.20.1"), Nic.of("mgmt", "10.10.99.1")),
                Node.of("lb1", "load-balancer", Nic.of("lan", "10.10.10.10"), Nic.of("k8s", "10.10.20.10"))
                        .withRole(Map.of("frontends", List.of(Map.of("port", 6443, "backends", List.of("k8s-cp1"))))),
                Node.of("bastion", "bastion", Nic.of("mgmt", "10.10.99.10"), Nic.of("lan", "10.10.10.5")),
                Node.of("k8s-cp1", "k8s-control-plane", Nic.of("k8s", "10.10.20.11")),
                Node.of("k8s-w1", "k8s-worker", Nic.of("k8s", "10.10.20.21")),
                Node.of("k8s-w2", "k8s-worker", Nic.of("k8s", "10.10.20.22")),
                Node.of("db1", "database", Nic.of("lan", "10.10.10.30")),
                Node.of("dns1", "dns-dhcp", Nic.of("lan", "10.10.10.2")));
        return new Lab("homelab", "test homelab", new Target(null, null, "local-lvm", null), nets, nodes, List.of(), Map.of());
    }

    /** A lab of {@code n} Linux VMs on one network, for scale. */
    static Lab many(int n) {
        List<Node> nodes = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            nodes.add(Node.of("vm" + i, "linux-vm", Nic.of("lan", "10.20.0." + (10 + i))));
        }
        return new Lab("many", null, new Target(null, null, "local-lvm", null),
                List.of(Network.of("lan", NetworkKind.LAN, "vmbr5", null, "10.20.0.0/24", "10.20.0.1")), nodes, List.of(), Map.of());
    }
}
