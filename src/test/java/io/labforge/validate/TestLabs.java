package io.labforge.validate;

import io.labforge.model.DhcpRange;
import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.NetworkKind;
import io.labforge.model.Nic;
import io.labforge.model.Node;
import io.labforge.model.Target;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A small homelab that validates clean; rule fixtures break one thing in it. */
public final class TestLabs {

    private TestLabs() {
    }

    public static Lab homelab() {
        List<Network> networks = List.of(
                Network.of("wan", NetworkKind.WAN, "vmbr0", null, "192.168.1.0/24", "192.168.1.1"),
                Network.of("lan", NetworkKind.LAN, "vmbr1", 10, "10.10.10.0/24", "10.10.10.1")
                        .withDhcp(new DhcpRange("10.10.10.100", "10.10.10.200")),
                Network.of("k8s", NetworkKind.K8S, "vmbr1", 20, "10.10.20.0/24", "10.10.20.1"),
                Network.of("ad", NetworkKind.AD, "vmbr1", 30, "10.10.30.0/24", "10.10.30.1"),
                Network.of("db", NetworkKind.DB, "vmbr1", 40, "10.10.40.0/24", "10.10.40.1"),
                Network.of("mgmt", NetworkKind.MGMT, "vmbr1", 50, "10.10.50.0/24", "10.10.50.1"));
        List<Node> nodes = new ArrayList<>();
        nodes.add(Node.of("internet", "internet", Nic.dhcp("wan")));
        nodes.add(Node.of("fw1", "firewall", Nic.dhcp("wan"), Nic.of("lan", "10.10.10.1"), Nic.of("k8s", "10.10.20.1"),
                Nic.of("ad", "10.10.30.1"), Nic.of("db", "10.10.40.1"), Nic.of("mgmt", "10.10.50.1")).withFlavor("pfsense"));
        nodes.add(Node.of("lb1", "load-balancer", Nic.of("lan", "10.10.10.10"), Nic.of("k8s", "10.10.20.10"))
                .withRole(Map.of("frontends", List.of(Map.of("port", 6443, "backends", List.of("cp1", "cp2", "cp3"))))));
        nodes.add(Node.of("cp1", "k8s-control-plane", Nic.of("k8s", "10.10.20.11")));
        nodes.add(Node.of("cp2", "k8s-control-plane", Nic.of("k8s", "10.10.20.12")));
        nodes.add(Node.of("cp3", "k8s-control-plane", Nic.of("k8s", "10.10.20.13")));
        nodes.add(Node.of("w1", "k8s-worker", Nic.of("k8s", "10.10.20.21")));
        nodes.add(Node.of("dc1", "domain-controller", Nic.of("ad", "10.10.30.10")));
        nodes.add(Node.of("ws1", "windows-vm", Nic.of("ad", "10.10.30.20")));
        nodes.add(Node.of("pg1", "database", Nic.of("db", "10.10.40.10")));
        nodes.add(Node.of("bastion1", "bastion", Nic.of("lan", "10.10.10.5"), Nic.of("mgmt", "10.10.50.5")));
        nodes.add(Node.of("web1", "linux-vm", Nic.dhcp("lan")));
        return new Lab("homelab", null, new Target("home-pve", "pve", "local-lvm", "lab-homelab"),
                networks, nodes, List.of(), Map.of());
    }

    /** The lab with one node changed. */
    public static Lab withNode(Lab lab, Node node) {
        return lab.withNode(node);
    }

    public static Node node(Lab lab, String id) {
        return lab.node(id).orElseThrow();
    }

    public static Network network(Lab lab, String id) {
        return lab.network(id).orElseThrow();
    }
}
