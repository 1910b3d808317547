package io.labforge.deploy.provision;

import io.labforge.model.Network;
import io.labforge.model.Nic;
import io.labforge.model.Node;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
        List<String> names = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            names.add(PfSenseLayout.interfaceName(i));
        }
        new FirewallRuleWriter(filter, ifaceOfNetwork, aliases, true).write(facts, names, LAB_NETS);
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
