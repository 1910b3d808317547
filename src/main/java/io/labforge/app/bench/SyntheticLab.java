package io.labforge.app.bench;

import io.labforge.model.DhcpRange;
import io.labforge.model.Group;
import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.NetworkKind;
import io.labforge.model.Nic;
import io.labforge.model.Node;
import io.labforge.model.Position;
import io.labforge.model.Target;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates large, realistic, valid labs for benchmarks: a WAN and one "site" per 50 nodes. A
 * site is the reference homelab grown up: a firewall routing eight zone networks (VLANs on a
 * shared bridge), a load balancer in front of a 3 + 9 Kubernetes cluster, databases, a domain
 * controller with members, a bastion, SOC tools, workstations, DMZ servers and containers.
 */
public final class SyntheticLab {

    public static final int SITE_SIZE = 50;
    private static final NetworkKind[] ZONES = {NetworkKind.LAN, NetworkKind.K8S, NetworkKind.DB, NetworkKind.AD,
        NetworkKind.DMZ, NetworkKind.SOC, NetworkKind.MGMT, NetworkKind.WORKSTATION};

    private final List<Network> networks = new ArrayList<>();
    private final List<Node> nodes = new ArrayList<>();
    private final List<Group> groups = new ArrayList<>();
    private final Map<String, Position> layout = new LinkedHashMap<>();

    private SyntheticLab() {
    }

    /** A lab of {@code nodes} nodes, rounded up to whole sites of {@value #SITE_SIZE}. */
    public static Lab generate(int nodes) {
        SyntheticLab g = new SyntheticLab();
        g.networks.add(Network.of("wan", NetworkKind.WAN, "vmbr0", null, "100.64.0.0/16", "100.64.0.1"));
        int sites = Math.max(1, (nodes + SITE_SIZE - 1) / SITE_SIZE);
        for (int s = 0; s < sites; s++) {
            g.site(s);
        }
        return new Lab("bench-" + sites * SITE_SIZE, "Synthetic lab for benchmarks",
                new Target("bench", "pve", "local-lvm", "lab-bench"), g.networks, g.nodes, g.groups, g.layout);
    }

    private void site(int s) {
        String p = "s" + s + "-";
        String bridge = "vmbr" + (1 + s / 400);
        String[] net = new String[ZONES.length];
        for (int z = 0; z < ZONES.length; z++) {
            net[z] = p + ZONES[z].id();
            Network n = Network.of(net[z], ZONES[z], bridge, (s % 400) * 10 + z + 1, subnet(s, z) + "0/24", subnet(s, z) + "1");
            networks.add(z == 0 ? n.withDhcp(new DhcpRange(subnet(s, z) + "100", subnet(s, z) + "200")) : n);
        }
        List<Nic> fwNics = new ArrayList<>();
        fwNics.add(Nic.of("wan", wanAddress(s)));
        for (int z = 0; z < ZONES.length; z++) {
            fwNics.add(Nic.of(net[z], subnet(s, z) + "1"));
        }
        add(s, Node.of(p + "fw", "firewall").withFlavor("nftables").withNics(fwNics));
        List<String> cps = new ArrayList<>();
        List<String> cluster = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            cps.add(p + "cp" + i);
            add(s, Node.of(p + "cp" + i, "k8s-control-plane", Nic.of(net[1], subnet(s, 1) + (10 + i))));
        }
        cluster.addAll(cps);
        for (int i = 1; i <= 9; i++) {
            cluster.add(p + "w" + i);
            add(s, Node.of(p + "w" + i, "k8s-worker", Nic.of(net[1], subnet(s, 1) + (20 + i))));
        }
        groups.add(new Group(p + "k8s", p + "k8s", cluster));
        add(s, Node.of(p + "lb", "load-balancer", Nic.of(net[0], subnet(s, 0) + "10"), Nic.of(net[1], subnet(s, 1) + "10"))
                .withRole(Map.of("frontends", List.of(Map.of("port", 6443, "backends", cps)))));
        for (int i = 1; i <= 3; i++) {
            add(s, Node.of(p + "db" + i, "database", Nic.of(net[2], subnet(s, 2) + (10 + i))).withFlavor(i == 3 ? "mariadb" : "postgresql"));
        }
        add(s, Node.of(p + "dc", "domain-controller", Nic.of(net[3], subnet(s, 3) + "10")));
        for (int i = 1; i <= 5; i++) {
            add(s, Node.of(p + "member" + i, "windows-vm", Nic.of(net[3], subnet(s, 3) + (20 + i))));
        }
        add(s, Node.of(p + "bastion", "bastion", Nic.of(net[0], subnet(s, 0) + "5"), Nic.of(net[6], subnet(s, 6) + "5")));
        add(s, Node.of(p + "mon", "monitoring", Nic.of(net[5], subnet(s, 5) + "10")));
        add(s, Node.of(p + "siem", "siem", Nic.of(net[5], subnet(s, 5) + "11")));
        for (int i = 1; i <= 8; i++) {
            add(s, Node.of(p + "ws" + i, "workstation", Nic.of(net[7], subnet(s, 7) + (20 + i))));
            add(s, Node.of(p + "web" + i, "linux-vm", Nic.of(net[4], subnet(s, 4) + (20 + i))));
            add(s, Node.of(p + "ct" + i, "lxc", Nic.dhcp(net[0])));
        }
    }

    private void add(int site, Node node) {
        nodes.add(node);
        int i = nodes.size() - 1;
        layout.put(node.id(), new Position(site * 900 + (i % 10) * 80, (i / 10) % 5 * 120 + 200));
    }

    /** 10.X.Y. with a distinct /24 per site and zone (up to 1024 sites). */
    private static String subnet(int site, int zone) {
        int block = site * ZONES.length + zone;
        return "10." + (block / 256) + "." + (block % 256) + ".";
    }

    private static String wanAddress(int site) {
        int host = 10 + site;
        return "100.64." + (host / 256) + "." + (host % 256);
    }
}
