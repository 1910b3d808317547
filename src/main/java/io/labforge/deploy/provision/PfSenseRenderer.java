package io.labforge.deploy.provision;

import io.labforge.model.Network;
import io.labforge.model.Nic;
import io.labforge.model.Node;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * pfSense has no cloud-init: its configuration is a {@code config.xml} offered for import, with
 * the interfaces in the VM's NIC order, aliases for the lab's hosts, rules equivalent to the zone
 * policy (the flows the lab needs, then deny between zones, then out to the WAN), automatic
 * outbound NAT. Each area is also written on its own, for pfSense's per-area restore.
 */
final class PfSenseRenderer {

    static final String CONFIG_VERSION = "23.3";
    static final String LAB_NETS = "lf_lab_nets";

    List<GeneratedFile> render(Node fw, LabFacts facts) {
        Document doc = Xml.newDocument("pfsense");
        Element root = doc.getDocumentElement();
        root.appendChild(doc.createComment(Role.header(facts, fw, "").trim()));
        Xml.add(root, "version", CONFIG_VERSION);
        system(Xml.add(root, "system"), fw, facts);
        List<Nic> order = PfSenseLayout.nicOrder(facts.lab(), fw);
        Map<String, String> ifaceOfNetwork = new LinkedHashMap<>();
        Element interfaces = Xml.add(root, "interfaces");
        String wanGateway = null;
        for (int i = 0; i < order.size(); i++) {
            Nic nic = order.get(i);
            Network net = facts.networkOf(nic);
            String name = PfSenseLayout.interfaceName(i);
            ifaceOfNetwork.putIfAbsent(net.id(), name);
            Element e = Xml.add(interfaces, name);
            Xml.add(e, "enable");
            Xml.add(e, "if", GuestInterfaces.freebsdVirtio(i));
            Xml.add(e, "descr", net.id().toUpperCase(Locale.ROOT));
            if (nic.isDhcp()) {
                Xml.add(e, "ipaddr", "dhcp");
            } else {
                Xml.add(e, "ipaddr", Addressing.checkIp("node '" + fw.id() + "'", nic.staticIp()));
                Xml.add(e, "subnet", String.valueOf(Addressing.prefix(net.cidr())));
                if (i == 0 && net.gateway() != null) {
                    Xml.add(e, "gateway", "WANGW");
                    wanGateway = net.gateway();
                }
            }
            if (i == 0) {
                Xml.add(e, "blockbogons");
            }
        }
        // Each lab network reaches the VM as its own NIC, tagged by Proxmox; pfSense sees untagged vtnetN.
        Xml.add(root, "vlans");
        if (wanGateway != null) {
            Element gw = Xml.add(Xml.add(root, "gateways"), "gateway_item");
            Xml.add(gw, "interface", "wan");
            Xml.add(gw, "gateway", wanGateway);
            Xml.add(gw, "name", "WANGW");
            Xml.add(gw, "weight", "1");
            Xml.add(gw, "ipprotocol", "inet");
            Xml.add(gw, "descr", "WAN gateway");
        }
        Map<String, Set<String>> aliases = new LinkedHashMap<>();
        Element filter = Xml.add(root, "filter");
        rules(filter, fw, facts, order, ifaceOfNetwork, aliases);
        Element aliasesEl = Xml.add(root, "aliases");
        aliases.forEach((name, addrs) -> {
            Element a = Xml.add(aliasesEl, "alias");
            Xml.add(a, "name", name);
            Xml.add(a, "type", "network");
            Xml.add(a, "address", String.join(" ", addrs.stream().map(x -> x.contains("/") ? x : x + "/32").toList()));
            Xml.add(a, "descr", "Labforge: " + name);
            Xml.add(a, "detail", String.join("||", addrs.stream().map(x -> "lab").toList()));
        });
        Element nat = Xml.add(root, "nat");
        Xml.add(Xml.add(nat, "outbound"), "mode", new RoleSettings(fw).bool("nat").orElse(true) ? "automatic" : "disabled");
        List<GeneratedFile> files = new ArrayList<>();
        files.add(GeneratedFile.local(fw.id(), "config.xml", Xml.write(doc)));
        files.add(GeneratedFile.local(fw.id(), "pfsense-interfaces.xml", Xml.writeSection(interfaces)));
        files.add(GeneratedFile.local(fw.id(), "pfsense-aliases.xml", Xml.writeSection(aliasesEl)));
        files.add(GeneratedFile.local(fw.id(), "pfsense-filter.xml", Xml.writeSection(filter)));
        files.add(GeneratedFile.local(fw.id(), "pfsense-nat.xml", Xml.writeSection(nat)));
        files.add(GeneratedFile.local(fw.id(), "nics.txt", nicTable(fw, facts, order)));
        return files;
    }

    private static void system(Element system, Node fw, LabFacts facts) {
        Xml.add(system, "hostname", fw.effectiveHostname());
        Xml.add(system, "domain", facts.domain());
        facts.domainController().flatMap(dc -> facts.addressFrom(fw, dc)).ifPresent(ip -> Xml.add(system, "dnsserver", ip));
        Xml.add(system, "timezone", "Etc/UTC");
    }

    private void rules(Element filter, Node fw, LabFacts facts, List<Nic> order, Map<String, String> ifaceOf,
                       Map<String, Set<String>> aliases) {
        Set<String> labNets = new LinkedHashSet<>();
        for (Network n : facts.internalNetworks()) {
            if (n.cidr() != null) {
                labNets.add(n.cidr());
            }
        }
        aliases.put(LAB_NETS, labNets);
        int tracker = 1_700_000_000;
        for (Flow f : new ZonePolicy(facts).flows()) {
            if (!f.isRouted() || f.from().addresses().isEmpty() || f.to().addresses().isEmpty()) {
                continue;
            }
            for (String net : f.from().networks()) {
                String iface = ifaceOf.get(net);
                if (iface == null || iface.equals("wan")) {
                    continue;
                }
                String src = alias(aliases, f.from());
                String dst = alias(aliases, f.to());
                List<String> ports = f.ports().isEmpty() ? java.util.Collections.singletonList(null) : f.ports();
                for (String port : ports) {
                    rule(filter, "pass", iface, f.proto(), src, dst, port, f.why(), tracker++);
                }
            }
        }
        for (int i = 1; i < order.size(); i++) {
            String iface = PfSenseLayout.interfaceName(i);
            Element block = rule(filter, "block", iface, "any", null, LAB_NETS, null, "default deny between zones", tracker++);
            block.getElementsByTagName("source").item(0).appendChild(textEl(block, "network", iface));
            Element out = rule(filter, "pass", iface, "any", null, null, null, "out to the WAN", tracker++);
            out.getElementsByTagName("source").item(0).appendChild(textEl(out, "network", iface));
        }
    }

    private static Element textEl(Element near, String name, String text) {
        Element e = near.getOwnerDocument().createElement(name);
        e.setTextContent(text);
        return e;
    }

    private static Element rule(Element filter, String type, String iface, String proto, String src, String dst,
                                String port, String descr, int tracker) {
        Element r = Xml.add(filter, "rule");
        Xml.add(r, "tracker", String.valueOf(tracker));
        Xml.add(r, "type", type);
        Xml.add(r, "interface", iface);
        Xml.add(r, "ipprotocol", "inet");
        if (!proto.equals("any")) {
            Xml.add(r, "protocol", proto);
        }
        Element s = Xml.add(r, "source");
        if (src != null) {
            Xml.add(s, "address", src);
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
        return r;
    }

    /** pfSense alias names: letters, digits and '_', at most 31 characters. */
    private static String alias(Map<String, Set<String>> aliases, Flow.Endpoint e) {
        String name = ("lf_" + e.label().replaceAll("[^A-Za-z0-9_]", "_"));
        if (name.length() > 31) {
            name = name.substring(0, 31);
        }
        aliases.computeIfAbsent(name, k -> new LinkedHashSet<>()).addAll(e.addresses());
        return name;
    }

    private static String nicTable(Node fw, LabFacts facts, List<Nic> order) {
        StringBuilder b = new StringBuilder(Role.header(facts, fw, "#"));
        b.append("# pfSense interface assignment (the VM's NICs are created in this order)\n");
        for (int i = 0; i < order.size(); i++) {
            Network net = facts.networkOf(order.get(i));
            b.append(String.format("net%d  %-7s %-6s network %-10s bridge %s%s  %s%n", i, GuestInterfaces.freebsdVirtio(i),
                    PfSenseLayout.interfaceName(i).toUpperCase(Locale.ROOT), net.id(), net.bridge(),
                    net.vlan() == null ? "" : " tag " + net.vlan(),
                    order.get(i).isDhcp() ? "dhcp" : order.get(i).staticIp() + "/" + Addressing.prefix(net.cidr())));
        }
        b.append("\nImport: Diagnostics > Backup & Restore > Restore Backup, one area at a time:\n")
                .append("  Interfaces (pfsense-interfaces.xml), Aliases (pfsense-aliases.xml),\n")
                .append("  Firewall Rules (pfsense-filter.xml), NAT (pfsense-nat.xml).\n")
                .append("config.xml holds all of them for reference; restoring it whole replaces the admin account.\n");
        return b.toString();
    }
}
