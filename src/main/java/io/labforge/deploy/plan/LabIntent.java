package io.labforge.deploy.plan;

import io.labforge.deploy.port.CloudInit;
import io.labforge.deploy.port.GuestConfig;
import io.labforge.deploy.port.GuestType;
import io.labforge.deploy.port.IpConfig;
import io.labforge.deploy.port.NicConfig;
import io.labforge.deploy.port.ReadyCheck;
import io.labforge.deploy.provision.HostSteps;
import io.labforge.deploy.provision.LabFacts;
import io.labforge.deploy.provision.PfSenseLayout;
import io.labforge.deploy.provision.ProvisionOrder;
import io.labforge.deploy.provision.ProvisionSettings;
import io.labforge.deploy.provision.RenderException;
import io.labforge.deploy.provision.UserDataSnippets;
import io.labforge.kind.NodeKind;
import io.labforge.kind.NodeKinds;
import io.labforge.kind.Realization;
import io.labforge.kind.Trait;
import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.NetworkKind;
import io.labforge.model.Nic;
import io.labforge.model.Node;
import io.labforge.model.Resources;
import io.labforge.model.Target;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Turns a lab into the guests, bridges and pool it wants on Proxmox. */
public final class LabIntent {

    /** Used when neither the node, its flavor nor the kind says. */
    static final Resources FALLBACK = new Resources(1, 1024, 8);
    /** Bridge for a network that names none: the usual default bridge. */
    static final String DEFAULT_BRIDGE = "vmbr0";

    private final Lab lab;
    private final NodeKinds kinds;
    private final DeployOptions options;

    private LabIntent(Lab lab, NodeKinds kinds, DeployOptions options) {
        this.lab = lab;
        this.kinds = kinds;
        this.options = options;
    }

    public static DesiredLab of(Lab lab, NodeKinds kinds, DeployOptions options) {
        return new LabIntent(lab, kinds, options).build();
    }

    private DesiredLab build() {
        Target t = lab.target() == null ? new Target(null, null, null, null) : lab.target();
        List<DesiredGuest> guests = new ArrayList<>();
        Set<String> bridges = new LinkedHashSet<>();
        for (Node node : lab.nodes()) {
            Realization r = kinds.realization(node);
            if (!r.isGuest()) {
                continue;
            }
            DesiredGuest g = guest(node, r, t);
            guests.add(g);
            g.config().nics().forEach(n -> bridges.add(n.bridge()));
        }
        String pool = t.pool() != null && !t.pool().isBlank() ? t.pool() : Marker.tag(lab.name());
        LabFacts facts = new LabFacts(lab, kinds);
        return new DesiredLab(lab.name(), Marker.tag(lab.name()), pool, t.storage(), t.node(), guests, List.copyOf(bridges),
                hostIntent(facts), ProvisionOrder.of(facts), networks());
    }

    private HostIntent hostIntent(LabFacts facts) {
        java.util.Map<String, String> userData;
        try {
            userData = UserDataSnippets.render(facts, new ProvisionSettings(options.ciUser(), options.sshKeys()),
                    options.overrides());
        } catch (RenderException | IllegalArgumentException e) {
            // the plan still shows the guests; render reports the error, and no user-data is delivered
            userData = java.util.Map.of();
        }
        try {
            return new HostIntent(new HostSteps(facts).steps(), List.of(), userData);
        } catch (RenderException e) {
            return new HostIntent(List.of(), List.of(e.getMessage()), userData);
        }
    }

    private List<DesiredNetwork> networks() {
        List<DesiredNetwork> out = new ArrayList<>();
        for (Network n : lab.networks()) {
            String bridge = n.bridge() == null || n.bridge().isBlank() ? DEFAULT_BRIDGE : n.bridge();
            out.add(new DesiredNetwork(n.id(), bridge, n.vlan(), n.cidr(), n.gateway(), hasUplink(n)));
        }
        return out;
    }

    /** A WAN network is the way out itself; another network has one when its gateway is a lab guest's address. */
    private boolean hasUplink(Network n) {
        if (n.kind() == NetworkKind.WAN) {
            return true;
        }
        if (n.gateway() == null) {
            return false;
        }
        return lab.nodes().stream().filter(node -> kinds.realization(node).isGuest())
                .flatMap(node -> node.nics().stream())
                .anyMatch(nic -> n.id().equals(nic.network()) && n.gateway().equals(nic.staticIp()));
    }

    private DesiredGuest guest(Node node, Realization r, Target t) {
        boolean routes = kinds.find(node.kind()).map(k -> k.has(Trait.ROUTES)).orElse(false);
        Resources res = kinds.effectiveResources(node).orElse(FALLBACK);
        List<NicConfig> nics = new ArrayList<>();
        List<Boolean> firewalled = new ArrayList<>(java.util.Collections.nCopies(node.nics().size(), false));
        List<IpConfig> ips = new ArrayList<>();
        boolean gatewaySet = false;
        List<Integer> order = nicOrder(node);
        for (int i : order) {
            Nic nic = node.nics().get(i);
            Optional<Network> net = lab.network(nic.network());
            boolean fw = nic.firewall() != null ? nic.firewall() : !routes;
            String mac = nic.mac() != null ? Macs.normalise(nic.mac()) : Macs.derive(lab.name(), node.id(), i);
            nics.add(new NicConfig(net.map(Network::bridge).filter(b -> !b.isBlank()).orElse(DEFAULT_BRIDGE),
                    net.map(Network::vlan).orElse(null), fw, mac));
            firewalled.set(i, fw);
            IpConfig ip = ipConfig(nic, net.orElse(null), gatewaySet);
            gatewaySet |= ip.gateway() != null;
            ips.add(ip);
        }
        GuestType type = r == Realization.LXC ? GuestType.LXC : GuestType.QEMU;
        CloudInit ci = r == Realization.VM_FROM_ISO ? null
                : new CloudInit(options.ciUser(), options.sshKeys(), nameserver(node), ips);
        GuestConfig config = new GuestConfig(res.cores(), res.memory(), res.disk(), nics, ci, tags(node),
                Marker.description(lab.name(), node.id(), node.description()));
        return new DesiredGuest(node.id(), node.effectiveHostname(), type, r, kinds.source(node),
                node.proxmoxNode(), node.vmid(), config, FirewallPolicy.rules(lab, node, firewalled),
                readyCheck(r), routes, order.stream().map(i -> node.nics().get(i).network()).toList());
    }

    /**
     * Indexes of the node's NICs in the order they become {@code net0..netN}: the lab's order, except
     * for pfSense, whose installer takes the first NIC as WAN and the second as LAN. Each NIC keeps
     * the MAC of its lab position, so a reorder never changes a MAC.
     */
    private List<Integer> nicOrder(Node node) {
        List<Integer> lab = java.util.stream.IntStream.range(0, node.nics().size()).boxed().toList();
        boolean pfsense = node.kind().equals("firewall")
                && kinds.find(node.kind()).map(k -> k.flavorOf(node).id()).filter("pfsense"::equals).isPresent();
        if (!pfsense) {
            return lab;
        }
        try {
            List<Integer> out = new ArrayList<>();
            for (Nic nic : PfSenseLayout.nicOrder(this.lab, node)) {
                lab.stream().filter(i -> node.nics().get(i) == nic && !out.contains(i)).findFirst().ifPresent(out::add);
            }
            return out.size() == lab.size() ? out : lab;
        } catch (RenderException noWan) {
            // validation reports the missing WAN NIC; the VM is still created with the lab's order
            return lab;
        }
    }

    private static ReadyCheck readyCheck(Realization r) {
        return switch (r) {
            case VM_FROM_ISO -> ReadyCheck.running();
            case LXC -> ReadyCheck.container();
            default -> ReadyCheck.agent();
        };
    }

    private static IpConfig ipConfig(Nic nic, Network net, boolean gatewayTaken) {
        if (nic.isDhcp() || net == null || net.cidr() == null) {
            return IpConfig.DHCP;
        }
        String prefix = net.cidr().substring(net.cidr().indexOf('/') + 1);
        String gw = !gatewayTaken && net.gateway() != null && !net.gateway().equals(nic.staticIp()) ? net.gateway() : null;
        return new IpConfig(nic.staticIp() + "/" + prefix, gw);
    }

    /** A DNS server of the lab on one of the node's networks, else that network's gateway. */
    private String nameserver(Node node) {
        Set<String> nets = new LinkedHashSet<>(node.nics().stream().map(Nic::network).toList());
        for (Node other : lab.nodes()) {
            boolean dns = kinds.find(other.kind()).map(NodeKind::id).filter("dns-dhcp"::equals).isPresent()
                    || kinds.find(other.kind()).map(NodeKind::id).filter("domain-controller"::equals).isPresent();
            if (dns && other != node) {
                for (Nic n : other.nics()) {
                    if (nets.contains(n.network()) && n.staticIp() != null) {
                        return n.staticIp();
                    }
                }
            }
        }
        return nets.stream().map(lab::network).flatMap(Optional::stream).map(Network::gateway)
                .filter(g -> g != null && !g.isBlank()).findFirst().orElse(null);
    }

    private Set<String> tags(Node node) {
        Set<String> tags = new TreeSet<>();
        tags.add(Marker.tag(lab.name()));
        node.tags().forEach(t -> tags.add(Marker.slug(t)));
        return tags;
    }
}
