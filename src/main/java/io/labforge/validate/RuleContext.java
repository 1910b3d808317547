package io.labforge.validate;

import io.labforge.kind.NodeKind;
import io.labforge.kind.NodeKinds;
import io.labforge.model.Lab;
import io.labforge.model.Node;

import java.util.Optional;

/** What a rule sees: the lab, its graph (with indexes and resolved addresses), the kinds and the optional inputs. */
public final class RuleContext {

    private final LabGraph graph;
    private final Capacity capacity;

    public RuleContext(LabGraph graph, Capacity capacity) {
        this.graph = graph;
        this.capacity = capacity;
    }

    public static RuleContext of(Lab lab, NodeKinds kinds) {
        return new RuleContext(LabGraph.of(lab, kinds), Capacity.UNKNOWN);
    }

    public Lab lab() {
        return graph.lab();
    }

    public LabGraph graph() {
        return graph;
    }

    public NodeKinds kinds() {
        return graph.kinds();
    }

    public Capacity capacity() {
        return capacity;
    }

    public Optional<NodeKind> kind(Node node) {
        return graph.vertexOf(node).kind();
    }

    /** Whether the node is deployed (VM or container), from the vertex's cached kind facts. */
    public boolean isGuest(Node node) {
        return graph.vertexOf(node).isGuest();
    }
}
