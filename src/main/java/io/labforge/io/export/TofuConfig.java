package io.labforge.io.export;

import io.labforge.kind.NodeKinds;
import io.labforge.kind.Realization;
import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.NetworkKind;
import io.labforge.model.Nic;
import io.labforge.model.Node;
import io.labforge.model.Target;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The whole OpenTofu/Terraform file for the bpg/proxmox provider: provider and variables (the
 * endpoint, the API token and the SSH keys are variables, never values), the lab's pool, the
 * bridges its networks need, then one resource per guest in lab order. The same lab gives the same
 * bytes.
 */
final class TofuConfig {

    static final String BRIDGE = "proxmox_virtual_environment_network_linux_bridge";
    static final String POOL = "proxmox_virtual_environment_pool";
    /** The host's usual uplink bridge: it exists on every Proxmox node, so the file does not manage it. */
    static final String DEFAULT_BRIDGE = "vmbr0";

    private final Lab lab;
    private final NodeKinds kinds;
    private final Target target;
    private final List<Node> guests;
    /** Managed bridges: (node expression, bridge name) key to resource name. */
    private final Map<String, String> bridges = new TreeMap<>();
    private final Map<String, Boolean> vlanAware = new TreeMap<>();
    private final TreeSet<String> hostBridges = new TreeSet<>();
    private final TreeSet<String> templates = new TreeSet<>();

    TofuConfig(Lab lab, NodeKinds kinds) {
        this.lab = lab;
        this.kinds = kinds;
        this.target = lab.target() == null ? new Target(null, null, null, null) : lab.target();
        this.guests = lab.nodes().stream().filter(n -> kinds.realization(n).isGuest()).toList();
        collect();
    }

    private void collect() {
        TreeSet<String> uplinks = new TreeSet<>(List.of(DEFAULT_BRIDGE));
        lab.networks().stream().filter(x -> x.kind() == NetworkKind.WAN).forEach(x -> uplinks.add(bridgeOf(Optional.of(x))));
        TreeMap<String, String> keys = new TreeMap<>();
        for (Node n : guests) {
            for (Nic nic : n.nics()) {
                Optional<Network> net = lab.network(nic.network());
                String bridge = bridgeOf(net);
                if (uplinks.contains(bridge)) {
                    hostBridges.add(bridge);
                    continue;
                }
                String key = nodeExpr(n) + " " + bridge;
                keys.putIfAbsent(key, n.proxmoxNode() == null || n.proxmoxNode().isBlank() ? bridge : n.proxmoxNode() + "_" + bridge);
                vlanAware.merge(key, net.map(x -> x.vlan() != null).orElse(false), Boolean::logicalOr);
            }
            String source = kinds.source(n);
            if (kinds.realization(n) == Realization.VM_FROM_TEMPLATE && source != null && !source.matches("\\d+")) {
                templates.add(source);
            }
        }
        TofuNames names = new TofuNames();
        keys.forEach((key, name) -> bridges.put(key, names.resource(name)));
    }

    String write() {
        Hcl h = new Hcl();
        h.comment("""
                OpenTofu / Terraform configuration of lab '%s', written by Labforge.
                Provider: bpg/proxmox. Put the variables in a *.tfvars file kept out of version control
                (or use PROXMOX_VE_ENDPOINT and PROXMOX_VE_API_TOKEN), then: tofu init && tofu plan."""
                .formatted(lab.name().replaceAll("[\\r\\n]", " ")));
        if (!hostBridges.isEmpty()) {
            h.comment("Bridges expected to exist on the Proxmox node already: " + String.join(", ", hostBridges) + ".");
        }
        h.blank();
        terraform(h);
        variables(h);
        h.open("resource", POOL, "lab").attr("pool_id", pool()).attr("comment", TofuNames.bridgeComment(lab.name())).close();
        for (Map.Entry<String, String> b : bridges.entrySet()) {
            String[] key = b.getKey().split(" ", 2);
            h.blank().open("resource", BRIDGE, b.getValue())
                    .expr("node_name", key[0]).attr("name", key[1])
                    .attr("comment", TofuNames.bridgeComment(lab.name()));
            if (vlanAware.get(b.getKey())) {
                h.attr("vlan_aware", true);
            }
            h.close();
        }
        TofuNames names = new TofuNames();
        for (Node n : guests) {
            h.blank();
            new TofuGuest(this, n, names.resource(n.id())).write(h);
        }
        return h.text();
    }

    private void terraform(Hcl h) {
        h.open("terraform").open("required_providers").expr("proxmox", "{\n      source  = \"bpg/proxmox\"\n"
                + "      version = \"< 1.0.0\"\n    }").close().close().blank();
        h.open("provider", "proxmox").expr("endpoint", "var.proxmox_endpoint").expr("api_token", "var.proxmox_api_token")
                .close().blank();
    }

    private void variables(Hcl h) {
        variable(h, "proxmox_endpoint", "string", "null", "Proxmox VE API URL, e.g. https://pve.example.net:8006/ (null: PROXMOX_VE_ENDPOINT)", false);
        variable(h, "proxmox_api_token", "string", "null", "API token USER@REALM!TOKENID=SECRET (null: PROXMOX_VE_API_TOKEN)", true);
        variable(h, "node_name", "string", target.node() == null ? null : Hcl.str(target.node()), "Proxmox node for guests that do not name one", false);
        variable(h, "datastore_id", "string", Hcl.str(target.storage() == null ? "local-lvm" : target.storage()), "Storage for disks", false);
        variable(h, "ci_user", "string", Hcl.str("labforge"), "Login user cloud-init creates on each VM", false);
        variable(h, "ssh_public_keys", "list(string)", "[]", "SSH public keys for that user (and root in containers)", false);
        if (!templates.isEmpty()) {
            variable(h, "template_vm_ids", "map(number)", null, "VMID of each cloud-init template the lab clones: "
                    + String.join(", ", templates), false);
        }
    }

    private static void variable(Hcl h, String name, String type, String defaultValue, String description, boolean sensitive) {
        h.open("variable", name).attr("description", description).expr("type", type);
        if (defaultValue != null) {
            h.expr("default", defaultValue);
        }
        if (sensitive) {
            h.attr("sensitive", true);
        }
        h.close().blank();
    }

    String pool() {
        return target.pool() != null && !target.pool().isBlank() ? target.pool() : TofuNames.labTag(lab.name());
    }

    Lab lab() {
        return lab;
    }

    NodeKinds kinds() {
        return kinds;
    }

    static String nodeExpr(Node n) {
        return n.proxmoxNode() == null || n.proxmoxNode().isBlank() ? "var.node_name" : Hcl.str(n.proxmoxNode());
    }

    static String bridgeOf(Optional<Network> net) {
        return net.map(Network::bridge).filter(b -> !b.isBlank()).orElse(DEFAULT_BRIDGE);
    }

    /** The bridge a NIC of {@code n} uses: a reference to the managed bridge (so it is created first), else its name. */
    String bridgeRef(Node n, Optional<Network> net) {
        String bridge = bridgeOf(net);
        String resource = bridges.get(nodeExpr(n) + " " + bridge);
        return resource == null ? Hcl.str(bridge) : BRIDGE + "." + resource + ".name";
    }

    List<String> tags(Node n) {
        TreeSet<String> tags = new TreeSet<>();
        tags.add(TofuNames.labTag(lab.name()));
        n.tags().forEach(t -> tags.add(TofuNames.slug(t)));
        return new ArrayList<>(tags);
    }
}
