package io.labforge.deploy.provision;

import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.NetworkKind;
import io.labforge.model.Nic;
import io.labforge.model.Node;

import java.util.List;
import java.util.Map;

/** The reference lab of the blog series, built in code: pfSense, HAProxy, k3s, databases, AD, SOC, bastion. */
final class Homelab {

    private Homelab() {
    }

    static Lab lab() {
        List<Network> networks = List.of(
                Network.of("wan", NetworkKind.WAN, "vmbr1", null, "192.168.100.0/24", "192.168.100.1"),
                Network.of("lan", NetworkKind.LAN, "vmbr2", 10, "10.10.10.0/24", "10.10.10.1"),
                Network.of("k8s", NetworkKind.K8S, "vmbr2", 20, "10.10.20.0/24", "10.10.20.1"),
                Network.of("ad", NetworkKind.AD, "vmbr2", 30, "10.10.30.0/24", "10.10.30.1"),
                Network.of("db", NetworkKind.DB, "vmbr2", 40, "10.10.40.0/24", "10.10.40.1"),
                Network.of("soc", NetworkKind.SOC, "vmbr2", 50, "10.10.50.0/24", "10.10.50.1"),
                Network.of("mgmt", NetworkKind.MGMT, "vmbr2", 99, "10.10.99.0/24", "10.10.99.1"));
        List<Node> nodes = List.of(
                Node.of("pve", "proxmox-host", Nic.of("wan", "192.168.100.1")).withRole(Map.of("nat", Map.of("uplink", "vmbr0"))),
                Node.of("fw1", "firewall", Nic.of("lan", "10.10.10.1"), Nic.of("wan", "192.168.100.2"), Nic.of("k8s", "10.10.20.1"),
                        Nic.of("ad", "10.10.30.1"), Nic.of("db", "10.10.40.1"), Nic.of("soc", "10.10.50.1"), Nic.of("mgmt", "10.10.99.1"))
                        .withFlavor("pfsense"),
                Node.of("bastion1", "bastion", Nic.of("mgmt", "10.10.99.5"), Nic.of("lan", "10.10.10.5"))
                        .withRole(Map.of("allowFrom", List.of("lan"))),
                Node.of("lb1", "load-balancer", Nic.of("lan", "10.10.10.10"), Nic.of("k8s", "10.10.20.10"))
                        .withRole(Map.of("frontends", List.of(
                                Map.of("name", "k8s-api", "port", 6443, "backends", List.of("k8s-cp1", "k8s-cp2", "k8s-cp3")),
                                Map.of("name", "http", "port", 80, "backends", List.of("k8s-w1", "k8s-w2")),
                                Map.of("name", "https", "port", 443, "backends", List.of("k8s-w1", "k8s-w2"))))),
                Node.of("k8s-cp1", "k8s-control-plane", Nic.of("k8s", "10.10.20.11")),
                Node.of("k8s-cp2", "k8s-control-plane", Nic.of("k8s", "10.10.20.12")),
                Node.of("k8s-cp3", "k8s-control-plane", Nic.of("k8s", "10.10.20.13")),
                Node.of("k8s-w1", "k8s-worker", Nic.of("k8s", "10.10.20.21")),
                Node.of("k8s-w2", "k8s-worker", Nic.of("k8s", "10.10.20.22")),
                Node.of("db1", "database", Nic.of("db", "10.10.40.10"))
                        .withRole(Map.of("databases", List.of("app", "keycloak"), "allowFrom", List.of("k8s"))),
                Node.of("dc1", "domain-controller", Nic.of("ad", "10.10.30.10"))
                        .withRole(Map.of("domain", "lab.example", "netbios", "LAB")),
                Node.of("ws1", "workstation", Nic.of("ad", "10.10.30.50")),
                Node.of("mon1", "monitoring", Nic.of("soc", "10.10.50.10")),
                Node.of("siem1", "siem", Nic.of("soc", "10.10.50.20")));
        return Lab.empty("homelab").withNetworks(networks).withNodes(nodes);
    }

    /** The same lab with a Linux nftables router instead of pfSense. */
    static Lab withNftablesRouter() {
        Lab lab = lab();
        return lab.updateNode("fw1", n -> n.withFlavor("nftables").withNics(List.of(
                Nic.of("wan", "192.168.100.2"), Nic.of("lan", "10.10.10.1"), Nic.of("k8s", "10.10.20.1"),
                Nic.of("ad", "10.10.30.1"), Nic.of("db", "10.10.40.1"), Nic.of("soc", "10.10.50.1"), Nic.of("mgmt", "10.10.99.1"))));
    }

    static ProvisionSettings settings() {
        return ProvisionSettings.of(List.of("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGV4YW1wbGVrZXlmb3J0ZXN0c29ubHkwMDAwMDAwMDAw labforge@test"));
    }

    static RenderedLab render(Lab lab) {
        return new LabRenderer(io.labforge.kind.NodeKinds.builtin(), settings()).render(lab, Overrides.NONE);
    }
}
