package io.labforge.io.export;

import io.labforge.kind.NodeKind;
import io.labforge.kind.Realization;
import io.labforge.kind.Trait;
import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.Nic;
import io.labforge.model.Node;
import io.labforge.model.Resources;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One guest as a bpg/proxmox resource: a VM cloned from a cloud-init template, a VM installed from
 * an ISO, or an LXC container. Sizes, NICs (bridge, VLAN, MAC, firewall), addresses, gateway and
 * DNS server follow what a Labforge deploy sets on the same guest.
 */
final class TofuGuest {

    static final String VM = "proxmox_virtual_environment_vm";
    static final String CONTAINER = "proxmox_virtual_environment_container";
    private static final Resources FALLBACK = new Resources(1, 1024, 8);
    private static final List<String> LXC_TYPES = List.of("alpine", "archlinux", "centos", "debian", "devuan", "fedora",
            "gentoo", "nixos", "opensuse", "ubuntu");

    private final TofuConfig config;
    private final Lab lab;
    private final Node node;
    private final String name;
    private final Realization realization;

    TofuGuest(TofuConfig config, Node node, String name) {
        this.config = config;
        this.lab = config.lab();
        this.node = node;
        this.name = name;
        this.realization = config.kinds().realization(node);
    }

    void write(Hcl h) {
        boolean lxc = realization == Realization.LXC;
        Resources res = config.kinds().effectiveResources(node).orElse(FALLBACK);
        String source = config.kinds().source(node);
        h.open("resource", lxc ? CONTAINER : VM, name);
        if (!lxc) {
            h.attr("name", node.effectiveHostname());
        }
        h.attr("description", TofuNames.description(lab.name(), node.id(), node.description()))
                .expr("node_name", TofuConfig.nodeExpr(node))
                .attr("vm_id", node.vmid())
                .expr("pool_id", TofuConfig.POOL + ".lab.pool_id")
                .expr("tags", Hcl.strings(config.tags(node)));
        if (lxc) {
            h.attr("unprivileged", true);
        } else if (realization == Realization.VM_FROM_ISO) {
            h.expr("boot_order", Hcl.strings(List.of("scsi0", "ide2")));
        }
        if (realization == Realization.VM_FROM_TEMPLATE) {
            h.blank().open("clone").expr("vm_id", templateRef(source)).expr("datastore_id", "var.datastore_id")
                    .attr("full", true).close();
            h.blank().open("agent").attr("enabled", true).close();
        }
        h.blank().open("cpu").attr("cores", res.cores()).close();
        h.blank().open("memory").attr("dedicated", res.memory()).close();
        h.blank().open("disk").expr("datastore_id", "var.datastore_id");
        if (!lxc) {
            h.attr("interface", "scsi0");
        }
        h.attr("size", res.disk()).close();
        if (realization == Realization.VM_FROM_ISO) {
            h.blank().open("cdrom").attr("file_id", source).attr("interface", "ide2").close();
        }
        if (lxc) {
            h.blank().open("features").attr("nesting", true).close();
        }
        nics(h, lxc);
        h.blank().open("operating_system");
        if (lxc) {
            h.attr("template_file_id", source).attr("type", lxcType(source));
        } else {
            h.attr("type", osType());
        }
        h.close();
        if (realization != Realization.VM_FROM_ISO) {
            initialization(h, lxc);
        }
        h.close();
    }

    private void nics(Hcl h, boolean lxc) {
        boolean routes = config.kinds().find(node.kind()).map(k -> k.has(Trait.ROUTES)).orElse(false);
        for (int i = 0; i < node.nics().size(); i++) {
            Nic nic = node.nics().get(i);
            Optional<Network> net = lab.network(nic.network());
            h.blank().open(lxc ? "network_interface" : "network_device");
            if (lxc) {
                h.attr("name", "eth" + i);
            }
            h.expr("bridge", config.bridgeRef(node, net))
                    .attr("vlan_id", net.map(Network::vlan).orElse(null))
                    .attr("mac_address", TofuNames.mac(lab.name(), node.id(), i, nic.mac()))
                    .attr("firewall", nic.firewall() != null ? nic.firewall() : !routes)
                    .close();
        }
    }

    private void initialization(Hcl h, boolean lxc) {
        h.blank().open("initialization");
        if (lxc) {
            h.attr("hostname", node.effectiveHostname());
        } else {
            h.expr("datastore_id", "var.datastore_id");
        }
        nameserver().ifPresent(dns -> h.blank().open("dns").expr("servers", Hcl.strings(List.of(dns))).close());
        boolean gatewaySet = false;
        for (Nic nic : node.nics()) {
            Network net = lab.network(nic.network()).orElse(null);
            h.blank().open("ip_config").open("ipv4");
            if (nic.isDhcp() || net == null || net.cidr() == null) {
                h.attr("address", "dhcp");
            } else {
                h.attr("address", nic.staticIp() + net.cidr().substring(net.cidr().indexOf('/')));
                if (!gatewaySet && net.gateway() != null && !net.gateway().equals(nic.staticIp())) {
                    h.attr("gateway", net.gateway());
                    gatewaySet = true;
                }
            }
            h.close().close();
        }
        h.blank().open("user_account");
        if (!lxc) {
            h.expr("username", "var.ci_user");
        }
        h.expr("keys", "var.ssh_public_keys").close();
        h.close();
    }

    private String templateRef(String source) {
        if (source == null) {
            return "null";
        }
        return source.matches("\\d+") ? source : "var.template_vm_ids[" + Hcl.str(source) + "]";
    }

    /** The distribution a container template is of, from its file name ({@code local:vztmpl/debian-12-...}). */
    private static String lxcType(String template) {
        String file = template == null ? "" : template.substring(template.lastIndexOf('/') + 1);
        return LXC_TYPES.stream().filter(file::startsWith).findFirst().orElse("unmanaged");
    }

    /** Proxmox's {@code ostype}: Windows for Windows installs, "other" for the BSD-based firewalls, else Linux. */
    private String osType() {
        String flavor = config.kinds().find(node.kind()).map(k -> k.flavorOf(node).id()).orElse("");
        if (node.kind().equals("windows-vm") || flavor.startsWith("windows")) {
            return "win11";
        }
        return flavor.equals("pfsense") || flavor.equals("opnsense") ? "other" : "l26";
    }

    /** A DNS server of the lab (DNS/DHCP or domain controller) on one of the node's networks, else that network's gateway. */
    private Optional<String> nameserver() {
        Set<String> nets = new LinkedHashSet<>(node.nics().stream().map(Nic::network).toList());
        for (Node other : lab.nodes()) {
            String kind = config.kinds().find(other.kind()).map(NodeKind::id).orElse("");
            if ((kind.equals("dns-dhcp") || kind.equals("domain-controller")) && other != node) {
                for (Nic n : other.nics()) {
                    if (nets.contains(n.network()) && n.staticIp() != null) {
                        return Optional.of(n.staticIp());
                    }
                }
            }
        }
        return nets.stream().map(lab::network).flatMap(Optional::stream).map(Network::gateway)
                .filter(g -> g != null && !g.isBlank()).findFirst();
    }
}
