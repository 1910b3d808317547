package io.labforge.validate;

import io.labforge.kind.NodeKind;
import io.labforge.kind.Trait;
import io.labforge.model.Node;

import java.util.Optional;

/** A node of the lab as a graph vertex, with its kind resolved (empty for an unknown kind). */
public final class HostVertex implements LabVertex {

    private final Node node;
    private final NodeKind kind;

    HostVertex(Node node, NodeKind kind) {
        this.node = node;
        this.kind = kind;
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
