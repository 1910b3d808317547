package io.labforge.deploy.provision;

import io.labforge.model.Network;
import io.labforge.model.NetworkKind;
import io.labforge.model.Nic;
import io.labforge.model.Node;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The flows a lab needs between its zones, derived from its roles. Everything else between zones
 * is denied by the firewall renderers; the zones may always reach the WAN.
 */
public final class ZonePolicy {

    static final List<String> AD_TCP = List.of("53", "88", "135", "389", "445", "464", "636", "3268", "3269", "49152-65535");
    static final List<String> AD_UDP = List.of("53", "88", "123", "389", "464");
    static final String NODE_EXPORTER = "9100";

    private final LabFacts facts;

    public ZonePolicy(LabFacts facts) {
        this.facts = facts;
    }

    public List<Flow> flows() {
        List<Flow> out = new ArrayList<>();
        loadBalancer(out);
        bastion(out);
        monitoring(out);
        activeDirectory(out);
        dns(out);
        wazuh(out);
        databases(out);
        kubernetes(out);
        firewallRules(out);
        return out;
    }

    public Flow.Endpoint endpoint(Node node) {
        Set<String> addresses = new LinkedHashSet<>();
        Set<String> nets = new LinkedHashSet<>();
        for (Nic nic : node.nics()) {
            nets.add(nic.network());
            if (nic.staticIp() != null) {
                addresses.add(Addressing.checkIp("node '" + node.id() + "'", nic.staticIp()));
            } else {
                Optional.ofNullable(facts.networkOf(nic).cidr()).ifPresent(addresses::add);
            }
        }
        return new Flow.Endpoint(node.id(), new ArrayList<>(addresses), nets);
    }

    public Flow.Endpoint endpoint(Network network) {
        return new Flow.Endpoint(network.id(), network.cidr() == null ? List.of()
                : List.of(Addressing.checkCidr("network '" + network.id() + "'", network.cidr())), Set.of(network.id()));
    }

    private void loadBalancer(List<Flow> out) {
        for (Node lb : facts.ofKind("load-balancer")) {
            for (Frontend f : Frontend.of(lb, facts)) {
                for (Node backend : f.backends()) {
                    out.add(new Flow(endpoint(lb), endpoint(backend), "tcp", List.of(String.valueOf(f.backendPort())),
                            lb.id() + " " + f.name() + " -> " + backend.id()));
                }
            }
        }
    }

    private void bastion(List<Flow> out) {
        for (Node b : facts.ofKind("bastion")) {
            for (Node n : facts.lab().nodes()) {
                if (!n.id().equals(b.id()) && (facts.isLinuxGuest(n) || n.kind().equals("firewall"))) {
                    out.add(new Flow(endpoint(b), endpoint(n), "tcp", List.of("22"), "ssh " + b.id() + " -> " + n.id()));
                }
            }
        }
    }

    private void monitoring(List<Flow> out) {
        for (Node m : facts.ofKind("monitoring")) {
            for (Node n : facts.linuxGuests()) {
                if (!n.id().equals(m.id())) {
                    out.add(new Flow(endpoint(m), endpoint(n), "tcp", List.of(NODE_EXPORTER), "scrape " + n.id()));
                }
            }
        }
    }

    private void activeDirectory(List<Flow> out) {
        Optional<Node> dc = facts.domainController();
        if (dc.isEmpty()) {
            return;
        }
        for (Node member : facts.lab().nodes()) {
            if (!member.id().equals(dc.get().id()) && facts.isOn(member, NetworkKind.AD) && facts.realization(member).isGuest()) {
                out.add(new Flow(endpoint(member), endpoint(dc.get()), "tcp", AD_TCP, "ad " + member.id()));
                out.add(new Flow(endpoint(member), endpoint(dc.get()), "udp", AD_UDP, "ad " + member.id()));
            }
        }
    }

    private void dns(List<Flow> out) {
        for (Node d : facts.ofKind("dns-dhcp")) {
            for (Node n : facts.linuxGuests()) {
                if (!n.id().equals(d.id())) {
                    out.add(new Flow(endpoint(n), endpoint(d), "udp", List.of("53"), "dns " + n.id()));
                    out.add(new Flow(endpoint(n), endpoint(d), "tcp", List.of("53"), "dns " + n.id()));
                }
            }
        }
    }

    private void wazuh(List<Flow> out) {
        for (Node manager : facts.ofKind("siem")) {
            if (!"wazuh".equals(facts.flavor(manager))) {
                continue;
            }
            for (Node n : facts.linuxGuests()) {
                if (!n.id().equals(manager.id())) {
                    out.add(new Flow(endpoint(n), endpoint(manager), "tcp", List.of("1514", "1515"), "wazuh agent " + n.id()));
                }
            }
        }
    }

    private void databases(List<Flow> out) {
        for (Node db : facts.ofKind("database")) {
            String port = "postgresql".equals(facts.flavor(db)) ? "5432" : "3306";
            for (String from : new RoleSettings(db).strings("allowFrom")) {
                out.add(new Flow(source(db, from), endpoint(db), "tcp", List.of(port), "db " + from + " -> " + db.id()));
            }
        }
    }

    private void kubernetes(List<Flow> out) {
        List<Network> k8s = facts.lab().networks().stream().filter(n -> n.kind() == NetworkKind.K8S).toList();
        for (Network a : k8s) {
            for (Network b : k8s) {
                if (!a.id().equals(b.id())) {
                    out.add(new Flow(endpoint(a), endpoint(b), "any", List.of(), "k8s " + a.id() + " -> " + b.id()));
                }
            }
        }
    }

    private void firewallRules(List<Flow> out) {
        for (Node fw : facts.ofKind("firewall")) {
            for (RoleSettings r : new RoleSettings(fw).objects("rules")) {
                String proto = r.string("proto").orElse("tcp").toLowerCase(java.util.Locale.ROOT);
                if (!List.of("tcp", "udp", "any").contains(proto)) {
                    throw r.error("proto", "must be tcp, udp or any", proto);
                }
                List<String> ports = proto.equals("any") ? List.of() : List.of(String.valueOf(r.port("port")));
                String from = r.string("from").orElseThrow(() -> r.error("from", "is missing (a node or network id)", ""));
                String to = r.string("to").orElseThrow(() -> r.error("to", "is missing (a node or network id)", ""));
                out.add(new Flow(source(fw, from), source(fw, to), proto, ports, "rule " + from + " -> " + to));
            }
        }
    }

    /** A node or network id, as an endpoint. */
    private Flow.Endpoint source(Node owner, String id) {
        Optional<Node> n = facts.lab().node(id);
        if (n.isPresent()) {
            return endpoint(n.get());
        }
        return facts.network(id).map(this::endpoint).orElseThrow(() -> new RenderException("node '" + owner.id()
                + "': '" + id + "' is neither a node nor a network of the lab"));
    }
}
