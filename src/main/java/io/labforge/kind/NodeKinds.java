package io.labforge.kind;

import io.labforge.model.Node;
import io.labforge.model.Resources;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The registry of node kinds. */
public final class NodeKinds {

    private static final NodeKinds BUILTIN = new NodeKinds(List.of(
            new InternetKind(),
            new ProxmoxHostKind(),
            new FirewallKind(),
            new LoadBalancerKind(),
            new DnsDhcpKind(),
            new LinuxVmKind(),
            new WindowsVmKind(),
            new ContainerKind(),
            new BastionKind(),
            new WorkstationKind(),
            new K8sControlPlaneKind(),
            new K8sWorkerKind(),
            new DatabaseKind(),
            new DomainControllerKind(),
            new MonitoringKind(),
            new SiemKind()));

    private final Map<String, NodeKind> byId = new LinkedHashMap<>();

    public NodeKinds(Collection<? extends NodeKind> kinds) {
        for (NodeKind k : kinds) {
            if (byId.putIfAbsent(k.id(), k) != null) {
                throw new IllegalArgumentException("node kind registered twice: " + k.id());
            }
        }
    }

    /** Every built-in kind, in palette order. */
    public static NodeKinds builtin() {
        return BUILTIN;
    }

    public Optional<NodeKind> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** The kind, or an exception whose message lists the valid kinds and the nearest one. */
    public NodeKind get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException(unknownMessage(id)));
    }

    public String unknownMessage(String id) {
        String hint = Names.nearest(id, ids()).map(n -> "did you mean '" + n + "'? ").orElse("");
        return "unknown node kind '" + id + "'; " + hint + "valid kinds: " + String.join(", ", ids());
    }

    public Collection<NodeKind> all() {
        return byId.values();
    }

    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /** The node's resources with the unset fields taken from its kind and flavor. */
    public Resources effectiveResources(Node node) {
        return find(node.kind())
                .map(k -> node.resources().orElse(k.flavorOf(node).defaults()))
                .orElse(node.resources());
    }

    /** What the node becomes on Proxmox; {@link Realization#NONE} for an unknown kind. */
    public Realization realization(Node node) {
        return find(node.kind()).map(k -> k.flavorOf(node).realization()).orElse(Realization.NONE);
    }

    /** Template or ISO the node is built from: its own, else its flavor's default. */
    public String source(Node node) {
        Realization r = realization(node);
        if (r == Realization.VM_FROM_ISO && node.iso() != null) {
            return node.iso();
        }
        if ((r == Realization.VM_FROM_TEMPLATE || r == Realization.LXC) && node.template() != null) {
            return node.template();
        }
        return find(node.kind()).map(k -> k.flavorOf(node).source()).orElse(null);
    }
}
