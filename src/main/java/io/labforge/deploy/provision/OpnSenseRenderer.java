package io.labforge.deploy.provision;

import io.labforge.model.Network;
import io.labforge.model.NetworkKind;
import io.labforge.model.Nic;
import io.labforge.model.Node;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * OPNsense has no cloud-init either: a {@code config.xml} in OPNsense's format, offered for import
 * area by area (System › Configuration › Backups restores chosen areas from a whole file). The
 * interfaces follow the VM's NICs in the lab's order ({@code vtnet0} is the first NIC); the first
 * WAN NIC becomes {@code wan}, the first LAN NIC {@code lan}, the rest {@code opt1}, {@code opt2}, ...
 * Rules follow the zone policy like pfSense's; aliases are written in OPNsense's own model.
 */
final class OpnSenseRenderer {

    static final String LAB_NETS = "lf_lab_nets";
    /** Version of OPNsense's Firewall/Alias model the aliases are written in; newer releases migrate it. */
    static final String ALIAS_MODEL_VERSION = "1.0.0";

    List<GeneratedFile> render(Node fw, LabFacts facts) {
        List<String> names = interfaceNames(facts, fw);
        Document doc = Xml.newDocument("opnsense");
        Element root = doc.getDocumentElement();
        root.appendChild(doc.createComment(Role.header(facts, fw, "").trim()));
        system(Xml.add(root, "system"), fw, facts);
        Element interfaces = Xml.add(root, "interfaces");
        Map<String, String> ifaceOfNetwork = new LinkedHashMap<>();
        String wanGateway = null;
        for (int i = 0; i < fw.nics().size(); i++) {
            Nic nic = fw.nics().get(i);
            Network net = facts.networkOf(nic);
            String name = names.get(i);
            ifaceOfNetwork.putIfAbsent(net.id(), name);
            Element e = Xml.add(interfaces, name);
            Xml.add(e, "enable", "1");
            Xml.add(e, "if", GuestInterfaces.freebsdVirtio(i));
            Xml.add(e, "descr", net.id().toUpperCase(Locale.ROOT));
            if (nic.isDhcp()) {
                Xml.add(e, "ipaddr", "dhcp");
            } else {
                Xml.add(e, "ipaddr", Addressing.checkIp("node '" + fw.id() + "'", nic.staticIp()));
                Xml.add(e, "subnet", String.valueOf(Addressing.prefix(net.cidr())));
                if (name.equals("wan") && net.gateway() != null) {
                    Xml.add(e, "gateway", "WAN_GW");
                    wanGateway = net.gateway();
                }
            }
            if (name.equals("wan")) {
                Xml.add(e, "blockbogons", "1");
            }
        }
        // One NIC per lab network, tagged by Proxmox: OPNsense sees untagged vtnetN, so no VLAN devices.
        Xml.add(root, "vlans");
        if (wanGateway != null) {
            Element gw = Xml.add(Xml.add(root, "gateways"), "gateway_item");
            Xml.add(gw, "interface", "wan");
            Xml.add(gw, "gateway", wanGateway);
            Xml.add(gw, "name", "WAN_GW");
            Xml.add(gw, "weight", "1");
            Xml.add(gw, "ipprotocol", "inet");
            Xml.add(gw, "defaultgw", "1");
            Xml.add(gw, "descr", "WAN gateway");
        }
        Map<String, Set<String>> aliases = new LinkedHashMap<>();
        new FirewallRuleWriter(Xml.add(root, "filter"), ifaceOfNetwork, aliases, false).write(facts, names, LAB_NETS);
        Element nat = Xml.add(root, "nat");
        Xml.add(Xml.add(nat, "outbound"), "mode", new RoleSettings(fw).bool("nat").orElse(true) ? "automatic" : "disabled");
        aliases(root, facts, aliases);
        return List.of(GeneratedFile.local(fw.id(), "config.xml", Xml.write(doc)),
                GeneratedFile.local(fw.id(), "nics.txt", nicTable(fw, facts, names)));
    }

    /** OPNsense's interface name for each NIC of {@code fw}, in the lab's NIC order. */
    static List<String> interfaceNames(LabFacts facts, Node fw) {
        int wan = -1;
        int lan = -1;
        for (int i = 0; i < fw.nics().size(); i++) {
            NetworkKind kind = facts.networkOf(fw.nics().get(i)).kind();
            if (kind == NetworkKind.WAN && wan < 0) {
                wan = i;
            } else if (kind == NetworkKind.LAN && lan < 0) {
                lan = i;
            }
        }
        if (wan < 0) {
            throw new RenderException("node '" + fw.id() + "': OPNsense needs a NIC on a WAN network");
        }
        for (int i = 0; lan < 0 && i < fw.nics().size(); i++) {
            lan = i == wan ? -1 : i;
        }
        List<String> names = new ArrayList<>();
        int opt = 1;
        for (int i = 0; i < fw.nics().size(); i++) {
            names.add(i == wan ? "wan" : i == lan ? "lan" : "opt" + opt++);
        }
        return names;
    }

    private static void system(Element system, Node fw, LabFacts facts) {
        Xml.add(system, "hostname", fw.effectiveHostname());
        Xml.add(system, "domain", facts.domain());
        facts.domainController().flatMap(dc -> facts.addressFrom(fw, dc)).ifPresent(ip -> Xml.add(system, "dnsserver", ip));
        Xml.add(system, "timezone", "Etc/UTC");
    }

    /** Aliases in the Firewall/Alias model, with stable UUIDs so that re-rendering changes nothing. */
    private static void aliases(Element root, LabFacts facts, Map<String, Set<String>> aliases) {
        Element model = Xml.add(Xml.add(Xml.add(root, "OPNsense"), "Firewall"), "Alias");
        model.setAttribute("version", ALIAS_MODEL_VERSION);
        Element list = Xml.add(model, "aliases");
        aliases.forEach((name, addrs) -> {
            Element a = Xml.add(list, "alias");
            a.setAttribute("uuid", UUID.nameUUIDFromBytes((facts.slug() + "/" + name).getBytes(StandardCharsets.UTF_8)).toString());
            Xml.add(a, "enabled", "1");
            Xml.add(a, "name", name);
            Xml.add(a, "type", "network");
            Xml.add(a, "proto", "IPv4");
            Xml.add(a, "content", String.join("\n", addrs.stream().map(x -> x.contains("/") ? x : x + "/32").toList()));
            // OPNsense accepts letters, digits, space and . - , _ in descriptions.
            Xml.add(a, "description", "Labforge " + name.replaceAll("[^0-9A-Za-z.,_ -]", "_"));
        });
    }

    private static String nicTable(Node fw, LabFacts facts, List<String> names) {
        StringBuilder b = new StringBuilder(Role.header(facts, fw, "#"));
        b.append("# OPNsense interface assignment (the VM's NICs, in the lab's order)\n");
        for (int i = 0; i < fw.nics().size(); i++) {
            Nic nic = fw.nics().get(i);
            Network net = facts.networkOf(nic);
            b.append(String.format("net%d  %-7s %-6s network %-10s bridge %s%s  %s%n", i, GuestInterfaces.freebsdVirtio(i),
                    names.get(i).toUpperCase(Locale.ROOT), net.id(), net.bridge(), net.vlan() == null ? "" : " tag " + net.vlan(),
                    nic.isDhcp() ? "dhcp" : nic.staticIp() + "/" + Addressing.prefix(net.cidr())));
        }
        b.append("\nImport: System > Configuration > Backups > Restore, upload config.xml, tick the areas\n")
                .append("  Interfaces, Firewall Aliases (or OPNsense Additions), Firewall Rules, NAT, Gateways.\n")
                .append("Do not restore all areas: config.xml carries no user accounts, so a whole restore locks you out.\n")
                .append("On the console, 'Assign interfaces' must show WAN and LAN on the vtnet devices listed above.\n");
        return b.toString();
    }
}
