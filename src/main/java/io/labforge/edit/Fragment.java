package io.labforge.edit;

import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.Node;
import io.labforge.model.Position;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What copy puts on the clipboard: some nodes and networks with their positions. */
public record Fragment(List<Node> nodes, List<Network> networks, Map<String, Position> layout) {

    public Fragment {
        nodes = List.copyOf(nodes);
        networks = List.copyOf(networks);
        layout = Map.copyOf(layout);
    }

    public static Fragment of(Lab lab, Collection<String> ids) {
        List<Node> nodes = lab.nodes().stream().filter(n -> ids.contains(n.id())).toList();
        List<Network> networks = lab.networks().stream().filter(n -> ids.contains(n.id())).toList();
        Map<String, Position> layout = new LinkedHashMap<>();
        ids.forEach(id -> lab.position(id).ifPresent(p -> layout.put(id, p)));
        return new Fragment(nodes, networks, layout);
    }

    public boolean isEmpty() {
        return nodes.isEmpty() && networks.isEmpty();
    }
}
