package io.labforge.io.diagram;

import io.labforge.model.DhcpRange;
import io.labforge.model.Group;
import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.NetworkKind;
import io.labforge.model.Nic;
import io.labforge.model.Node;
import io.labforge.model.Position;
import io.labforge.model.Target;

import java.util.List;
import java.util.Map;

/** Labs built in code for the diagram tests, independent of the lab-file reader. */
final class TestLabs {

    private TestLabs() {
    }

    /** The reference homelab of the design, without a layout section. */
    static Lab homelab() {
        return new Lab("homelab", "Homelab from the blog series", new Target("home-pve", "pve", "local-lvm", "lab-homelab"),
                List.of(
                        Network.of("wan", NetworkKind.WAN, "vmbr0", null, "192.168.1.0/24", "192.168.1.1"),
                        Network.of("lan", NetworkKind.LAN, "vmbr1", 10, "10.10.10.0/24", "10.10.10.1")
                                .withDhcp(new DhcpRange("10.10.10.100", "10.10.10.199")),
                        Network.of("k8s", NetworkKind.K8S, "vmbr1", 20, "10.10.20.0/24", "10.10.20.1"),
                        Network.of("ad", NetworkKind.AD, "vmbr1", 30, "10.10.30.0/24", "10.10.30.1")),
                List.of(
                        Node.of("internet", "internet", Nic.dhcp("wan")),
                        Node.of("fw1", "firewall", Nic.dhcp("wan"), Nic.of("lan", "10.10.10.1"), Nic.of("k8s", "10.10.20.1"),
                                Nic.of("ad", "10.10.30.1")).withFlavor("pfsense"),
                        Node.of("lb1", "load-balancer", Nic.of("lan", "10.10.10.10"), Nic.of("k8s", "10.10.20.10")),
                        Node.of("bastion1", "bastion", Nic.of("lan", "10.10.10.5")),
                        Node.of("ws1", "workstation", Nic.dhcp("lan")),
                        Node.of("k8s-cp1", "k8s-control-plane", Nic.of("k8s", "10.10.20.11")),
                        Node.of("k8s-cp2", "k8s-control-plane", Nic.of("k8s", "10.10.20.12")),
                        Node.of("k8s-cp3", "k8s-control-plane", Nic.of("k8s", "10.10.20.13")),
                        Node.of("k8s-w1", "k8s-worker", Nic.of("k8s", "10.10.20.21")),
                        Node.of("k8s-w2", "k8s-worker", Nic.of("k8s", "10.10.20.22")),
                        Node.of("db1", "database", Nic.of("lan", "10.10.10.30")).withFlavor("postgresql"),
                        Node.of("mon1", "monitoring", Nic.of("lan", "10.10.10.40")),
                        Node.of("siem1", "siem", Nic.of("lan", "10.10.10.41")),
                        Node.of("dc1", "domain-controller", Nic.of("ad", "10.10.30.10"))),
                List.of(new Group("k8s-cluster", "Kubernetes cluster", List.of("k8s-cp1", "k8s-cp2", "k8s-cp3", "k8s-w1", "k8s-w2"))),
                Map.of());
    }

    /** Two networks, three nodes, every element placed by hand. */
    static Lab small() {
        return new Lab("small", null, null,
                List.of(Network.of("wan", NetworkKind.WAN, "vmbr0", null, "192.168.1.0/24", "192.168.1.1"),
                        Network.of("lan", NetworkKind.LAN, "vmbr1", null, "10.0.0.0/24", "10.0.0.1")),
                List.of(Node.of("fw", "firewall", Nic.dhcp("wan"), Nic.of("lan", "10.0.0.1")),
                        Node.of("web", "linux-vm", Nic.of("lan", "10.0.0.10")),
                        Node.of("db", "database", Nic.of("lan", "10.0.0.20"))),
                List.of(),
                Map.of("wan", new Position(0, 0), "fw", new Position(100, 80), "lan", new Position(0, 220),
                        "web", new Position(0, 320), "db", new Position(260, 320)));
    }
}
