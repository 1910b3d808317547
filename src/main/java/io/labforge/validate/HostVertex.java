package io.labforge.validate;

import io.labforge.kind.NodeKind;
import io.labforge.kind.Realization;
import io.labforge.kind.Trait;
import io.labforge.model.Node;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** A node of the lab as a graph vertex, with its kind resolved (empty for an unknown kind). */
public final class HostVertex implements LabVertex {

    private final Node node;
    private final NodeKind kind;
    private final Realization realization;
    private final List<NicEdge> nics = new ArrayList<>(2);

    HostVertex(Node node, NodeKind kind) {
        this.node = node;
        this.kind = kind;
        this.realization = kind == null ? Realization.NONE : kind.flavorOf(node).realization();
    }

    void add(NicEdge edge) {
        nics.add(edge);
    }

    /** Its NICs that join an existing network, in NIC order. */
    public List<NicEdge> nics() {
        return Collections.unmodifiableList(nics);
    }

    /** What it becomes on Proxmox ({@link Realization#NONE} for an unknown kind). */
    public Realization realization() {
        return realization;
    }

    /** Whether it is deployed as a VM or container (not documentation only). */
    public boolean isGuest() {
        return realization.isGuest();
    }

    @Override
    public String id() {
        return node.id();
    }

    public Node node() {
        return node;
    }

    public Optional<NodeKind> kind() {
        return Optional.ofNullable(kind);
    }

    public boolean has(Trait trait) {
        return kind != null && kind.has(trait);
    }

    /** A firewall or router: forwards between its networks (and filters, so path analysis stops here). */
    public boolean routes() {
        return has(Trait.ROUTES);
    }

    @Override
    public String toString() {
        return "node " + node.id();
    }
}
