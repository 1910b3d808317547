package io.labforge.deploy.provision;

import io.labforge.model.Network;
import org.w3c.dom.Element;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The zone policy as pfSense-family {@code <filter>} rules: on each inside interface, pass the flows
 * the lab needs, then block everything else to the lab's networks, then pass out to the WAN.
 * Endpoints become network aliases collected in {@code aliases}.
 */
final class FirewallRuleWriter {

    private final Element filter;
    private final Map<String, String> ifaceOfNetwork;
    private final Map<String, Set<String>> aliases;
    private final boolean trackers;
    private int tracker = 1_700_000_000;

    /** @param trackers write pfSense's {@code <tracker>} ids */
    FirewallRuleWriter(Element filter, Map<String, String> ifaceOfNetwork, Map<String, Set<String>> aliases, boolean trackers) {
        this.filter = filter;
        this.ifaceOfNetwork = ifaceOfNetwork;
        this.aliases = aliases;
        this.trackers = trackers;
    }

    /** @param interfaces every interface name; all but {@code wan} get the block and pass-out rules */
    void write(LabFacts facts, List<String> interfaces, String labNetsAlias) {
        Set<String> labNets = new LinkedHashSet<>();
        for (Network n : facts.internalNetworks()) {
            if (n.cidr() != null) {
                labNets.add(n.cidr());
            }
        }
        aliases.put(labNetsAlias, labNets);
        for (Flow f : new ZonePolicy(facts).flows()) {
            if (!f.isRouted() || f.from().addresses().isEmpty() || f.to().addresses().isEmpty()) {
                continue;
            }
            for (String net : f.from().networks()) {
                String iface = ifaceOfNetwork.get(net);
                if (iface == null || iface.equals("wan")) {
                    continue;
                }
                String src = alias(f.from());
                String dst = alias(f.to());
                for (String port : f.ports().isEmpty() ? Collections.<String>singletonList(null) : f.ports()) {
                    rule("pass", iface, f.proto(), src, null, dst, port, f.why());
                }
            }
        }
        for (String iface : new LinkedHashSet<>(interfaces)) {
            if (!iface.equals("wan")) {
                rule("block", iface, "any", null, iface, labNetsAlias, null, "default deny between zones");
                rule("pass", iface, "any", null, iface, null, null, "out to the WAN");
            }
        }
    }

    private void rule(String type, String iface, String proto, String srcAlias, String srcNet, String dst, String port, String descr) {
        Element r = Xml.add(filter, "rule");
        if (trackers) {
            Xml.add(r, "tracker", String.valueOf(tracker++));
        }
        Xml.add(r, "type", type);
        Xml.add(r, "interface", iface);
        Xml.add(r, "ipprotocol", "inet");
        if (!proto.equals("any")) {
            Xml.add(r, "protocol", proto);
        }
        Element s = Xml.add(r, "source");
        if (srcAlias != null) {
            Xml.add(s, "address", srcAlias);
        } else if (srcNet != null) {
            Xml.add(s, "network", srcNet);
        } else {
            Xml.add(s, "any");
        }
        Element d = Xml.add(r, "destination");
        if (dst != null) {
            Xml.add(d, "address", dst);
        } else {
            Xml.add(d, "any");
        }
        if (port != null) {
            Xml.add(d, "port", port);
        }
        Xml.add(r, "descr", descr);
    }

    /** Alias names: letters, digits and '_', at most 31 characters (pfSense's limit, within OPNsense's). */
    private String alias(Flow.Endpoint e) {
        String name = "lf_" + e.label().replaceAll("[^A-Za-z0-9_]", "_");
        if (name.length() > 31) {
            name = name.substring(0, 31);
        }
        aliases.computeIfAbsent(name, k -> new java.util.LinkedHashSet<>()).addAll(e.addresses());
        return name;
    }
}
