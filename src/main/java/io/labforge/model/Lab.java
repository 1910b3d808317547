package io.labforge.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One lab: what the lab file holds, minus its schema version. Immutable; the {@code with...}
 * methods return changed copies, which is what undoable edits are built from.
 */
public record Lab(
        String name,
        String description,
        Target target,
        List<Network> networks,
        List<Node> nodes,
        List<Group> groups,
        Map<String, Position> layout) {

    public Lab {
        Objects.requireNonNull(name, "name");
        networks = List.copyOf(networks == null ? List.of() : networks);
        nodes = List.copyOf(nodes == null ? List.of() : nodes);
        groups = List.copyOf(groups == null ? List.of() : groups);
        layout = Maps.copyOrdered(layout);
    }

    public static Lab empty(String name) {
        return new Lab(name, null, null, List.of(), List.of(), List.of(), Map.of());
    }

    public Optional<Network> network(String id) {
        return networks.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    public Optional<Node> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    public Optional<Position> position(String id) {
        return Optional.ofNullable(layout.get(id));
    }

    public Lab withName(String newName) {
        return new Lab(newName, description, target, networks, nodes, groups, layout);
    }

    public Lab withDescription(String newDescription) {
        return new Lab(name, newDescription, target, networks, nodes, groups, layout);
    }

    public Lab withTarget(Target newTarget) {
        return new Lab(name, description, newTarget, networks, nodes, groups, layout);
    }

    public Lab withNetworks(List<Network> newNetworks) {
        return new Lab(name, description, target, newNetworks, nodes, groups, layout);
    }

    public Lab withNodes(List<Node> newNodes) {
        return new Lab(name, description, target, networks, newNodes, groups, layout);
    }

    public Lab withGroups(List<Group> newGroups) {
        return new Lab(name, description, target, networks, nodes, newGroups, layout);
    }

    public Lab withLayout(Map<String, Position> newLayout) {
        return new Lab(name, description, target, networks, nodes, groups, newLayout);
    }

    /** Replaces the node with the same id, or appends it when there is none. */
    public Lab withNode(Node node) {
        return withNodes(Lists.replaceOrAppend(nodes, node, n -> n.id().equals(node.id())));
    }

    /** Replaces the network with the same id, or appends it when there is none. */
    public Lab withNetwork(Network network) {
        return withNetworks(Lists.replaceOrAppend(networks, network, n -> n.id().equals(network.id())));
    }

    public Lab withPosition(String id, Position position) {
        return withLayout(Maps.with(layout, id, position));
    }

    /** Applies {@code change} to the node {@code id}; the lab is returned unchanged when there is no such node. */
    public Lab updateNode(String id, UnaryOperator<Node> change) {
        return node(id).map(n -> withNode(change.apply(n))).orElse(this);
    }

    /** Applies {@code change} to the network {@code id}; unchanged when there is no such network. */
    public Lab updateNetwork(String id, UnaryOperator<Network> change) {
        return network(id).map(n -> withNetwork(change.apply(n))).orElse(this);
    }
}
