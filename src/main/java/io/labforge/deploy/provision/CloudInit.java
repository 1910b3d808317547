package io.labforge.deploy.provision;

import io.labforge.model.Network;
import io.labforge.model.Nic;
import io.labforge.model.Node;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * cloud-init data for a guest: user-data (admin user with keys, no passwords, hostname, packages,
 * the role's files, services) and a version 2 network-config (static addresses, gateway, DNS).
 */
final class CloudInit {

    private CloudInit() {
    }

    static String userData(Node node, LabFacts facts, ProvisionSettings settings, RoleOutput role) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("hostname", node.effectiveHostname());
        root.put("fqdn", node.effectiveHostname() + "." + facts.domain());
        root.put("manage_etc_hosts", true);
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("name", settings.adminUser());
        user.put("gecos", "Labforge provisioning");
        user.put("groups", List.of("sudo"));
        user.put("shell", "/bin/bash");
        user.put("sudo", "ALL=(ALL) NOPASSWD:ALL");
        user.put("lock_passwd", true);
        if (!settings.sshPublicKeys().isEmpty()) {
            user.put("ssh_authorized_keys", settings.sshPublicKeys());
        }
        root.put("users", List.of(user));
        root.put("ssh_pwauth", false);
        root.put("disable_root", true);
        root.put("package_update", true);
        root.put("packages", role.packages);
        List<Map<String, Object>> files = new ArrayList<>();
        for (GeneratedFile f : role.files) {
            if (f.installAt() != null) {
                Map<String, Object> wf = new LinkedHashMap<>();
                wf.put("path", f.installAt());
                wf.put("permissions", "0" + Integer.toOctalString(f.mode()));
                wf.put("owner", "root:root");
                wf.put("content", f.content());
                // Written after the packages are installed, so package scripts do not meet them half-way.
                wf.put("defer", true);
                files.add(wf);
            }
        }
        if (!files.isEmpty()) {
            root.put("write_files", files);
        }
        List<Object> runcmd = new ArrayList<>();
        for (String service : role.services) {
            runcmd.add(List.of("systemctl", "enable", service));
            runcmd.add(List.of("systemctl", "restart", service));
        }
        if (!runcmd.isEmpty()) {
            root.put("runcmd", runcmd);
        }
        return "#cloud-config\n" + Role.header(facts, node, "#") + Yaml.write(root);
    }

    static String networkConfig(Node node, LabFacts facts) {
        Map<String, Object> ethernets = new LinkedHashMap<>();
        List<String> dns = facts.nameservers(node);
        boolean gatewaySet = false;
        for (int i = 0; i < node.nics().size(); i++) {
            Nic nic = node.nics().get(i);
            Network net = facts.networkOf(nic);
            Map<String, Object> eth = new LinkedHashMap<>();
            if (nic.mac() != null) {
                eth.put("match", Map.of("macaddress", nic.mac().toLowerCase(java.util.Locale.ROOT)));
                eth.put("set-name", GuestInterfaces.linux(i));
            }
            if (nic.isDhcp()) {
                eth.put("dhcp4", true);
            } else if (net.cidr() != null) {
                eth.put("addresses", List.of(Addressing.checkIp("node '" + node.id() + "'", nic.staticIp()) + "/" + Addressing.prefix(net.cidr())));
                // One default route: through the first network that has a gateway other than this node.
                if (!gatewaySet && net.gateway() != null && !net.gateway().equals(nic.staticIp())) {
                    Map<String, Object> route = new LinkedHashMap<>();  // ordered: the same lab renders the same bytes
                    route.put("to", "default");
                    route.put("via", net.gateway());
                    eth.put("routes", List.of(route));
                    gatewaySet = true;
                }
                if (!dns.isEmpty()) {
                    Map<String, Object> ns = new LinkedHashMap<>();
                    ns.put("addresses", dns);
                    ns.put("search", List.of(facts.domain()));
                    eth.put("nameservers", ns);
                }
            }
            ethernets.put(GuestInterfaces.linux(i), eth);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", 2);
        root.put("ethernets", ethernets);
        return Role.header(facts, node, "#") + Yaml.write(root);
    }
}
