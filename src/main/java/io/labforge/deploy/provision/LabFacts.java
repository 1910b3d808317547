package io.labforge.deploy.provision;

import io.labforge.kind.NodeKinds;
import io.labforge.kind.Realization;
import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.NetworkKind;
import io.labforge.model.Nic;
import io.labforge.model.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Questions the renderers ask about the lab's topology: who is where, with which address. */
public final class LabFacts {

    public static final String DEFAULT_DOMAIN_SUFFIX = "internal";

    private final Lab lab;
    private final NodeKinds kinds;

    public LabFacts(Lab lab, NodeKinds kinds) {
        this.lab = lab;
        this.kinds = kinds;
    }

    public Lab lab() {
        return lab;
    }

    public NodeKinds kinds() {
        return kinds;
    }

    /** The lab name reduced to {@code [a-z0-9-]}, for file names and markers on hosts. */
    public String slug() {
        String s = lab.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "lab" : s;
    }

    public Realization realization(Node node) {
        return kinds.realization(node);
    }

    public String flavor(Node node) {
        return kinds.find(node.kind()).map(k -> k.flavorOf(node).id()).orElse(node.flavor());
    }

    /** Guests that boot a Linux cloud image or container and accept SSH provisioning. */
    public List<Node> linuxGuests() {
        return lab.nodes().stream().filter(this::isLinuxGuest).toList();
    }

    public boolean isLinuxGuest(Node node) {
        Realization r = realization(node);
        return r == Realization.VM_FROM_TEMPLATE || r == Realization.LXC;
    }

    public List<Node> ofKind(String kind) {
        return lab.nodes().stream().filter(n -> n.kind().equals(kind)).toList();
    }

    public Optional<Node> firstOfKind(String kind) {
        return ofKind(kind).stream().findFirst();
    }

    public Optional<Network> network(String id) {
        return lab.network(id);
    }

    public Network networkOf(Nic nic) {
        Network net = lab.network(nic.network()).orElseThrow(() ->
                new RenderException("a NIC refers to network '" + nic.network() + "', which the lab does not define"));
        if (net.cidr() != null) {
            Addressing.checkCidr("network '" + net.id() + "'", net.cidr());
        }
        if (net.gateway() != null) {
            Addressing.checkIp("network '" + net.id() + "' gateway", net.gateway());
        }
        return net;
    }

    /** The static address of {@code node} on {@code network}, if it has one there. */
    public Optional<String> ipOn(Node node, String networkId) {
        return node.nics().stream().filter(n -> n.network().equals(networkId))
                .map(Nic::staticIp).filter(Objects::nonNull).findFirst()
                .map(ip -> Addressing.checkIp("node '" + node.id() + "'", ip));
    }

    public List<String> staticIps(Node node) {
        return node.nics().stream().map(Nic::staticIp).filter(Objects::nonNull)
                .map(ip -> Addressing.checkIp("node '" + node.id() + "'", ip)).toList();
    }

    /** The first network both nodes are on, if any. */
    public Optional<String> sharedNetwork(Node a, Node b) {
        for (Nic n : a.nics()) {
            if (b.nics().stream().anyMatch(m -> m.network().equals(n.network()))) {
                return Optional.of(n.network());
            }
        }
        return Optional.empty();
    }

    /** The address {@code from} should use to reach {@code to}: on a shared network if possible, else any static one. */
    public Optional<String> addressFrom(Node from, Node to) {
        for (Nic n : from.nics()) {
            Optional<String> ip = ipOn(to, n.network());
            if (ip.isPresent()) {
                return ip;
            }
        }
        return staticIps(to).stream().findFirst();
    }

    /** Like {@link #addressFrom} but an error naming both nodes when {@code to} has no static address. */
    public String requireAddressFrom(Node from, Node to, String why) {
        return addressFrom(from, to).orElseThrow(() -> new RenderException("node '" + to.id()
                + "' needs a static IP (" + why + ", used by '" + from.id() + "'); set 'ip' on one of its NICs"));
    }

    public boolean isOn(Node node, NetworkKind kind) {
        return node.nics().stream().anyMatch(n -> network(n.network()).map(x -> x.kind() == kind).orElse(false));
    }

    /** The Active Directory domain controller, if the lab has one with a domain. */
    public Optional<Node> domainController() {
        return ofKind("domain-controller").stream().filter(n -> new RoleSettings(n).string("domain").isPresent()).findFirst();
    }

    /** DNS domain of the lab: the AD domain, else a DNS server's domain, else {@code <lab>.internal}. */
    public String domain() {
        return domainController().flatMap(n -> new RoleSettings(n).string("domain"))
                .or(() -> firstOfKind("dns-dhcp").flatMap(n -> new RoleSettings(n).string("domain")))
                .map(d -> Names.checkDomain(d))
                .orElse(slug() + "." + DEFAULT_DOMAIN_SUFFIX);
    }

    /**
     * The name servers a node uses: AD members (nodes on an AD network) the domain controller, else
     * the lab's DNS server, else the gateways of its networks.
     */
    public List<String> nameservers(Node node) {
        List<String> out = new ArrayList<>();
        Optional<Node> dc = domainController();
        if (dc.isPresent() && isOn(node, NetworkKind.AD) && !dc.get().id().equals(node.id())) {
            addressFrom(node, dc.get()).ifPresent(out::add);
        }
        if (out.isEmpty()) {
            firstOfKind("dns-dhcp").filter(d -> !d.id().equals(node.id()))
                    .flatMap(d -> addressFrom(node, d)).ifPresent(out::add);
        }
        if (out.isEmpty()) {
            for (Nic nic : node.nics()) {
                Network net = networkOf(nic);
                if (net.gateway() != null && !net.gateway().equals(nic.staticIp()) && !out.contains(net.gateway())) {
                    out.add(net.gateway());
                }
            }
        }
        return out;
    }

    /** Networks with hosts that route to the outside through this lab's WAN. */
    public List<Network> internalNetworks() {
        return lab.networks().stream().filter(n -> n.kind() != NetworkKind.WAN).toList();
    }
}
