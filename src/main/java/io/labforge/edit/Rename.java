package io.labforge.edit;

import io.labforge.model.Group;
import io.labforge.model.Lab;
import io.labforge.model.Position;

import java.util.LinkedHashMap;
import java.util.Map;

/** Gives a node or network a new id and follows every reference: NICs, layout, groups. */
public record Rename(String from, String to) implements Command {

    @Override
    public String description() {
        return "Rename " + from + " to " + to;
    }

    @Override
    public Lab apply(Lab lab) {
        if (from.equals(to) || to.isBlank() || Ids.taken(lab).contains(to)) {
            return lab;
        }
        Map<String, Position> layout = new LinkedHashMap<>();
        lab.layout().forEach((k, v) -> layout.put(k.equals(from) ? to : k, v));
        return lab
                .withNodes(lab.nodes().stream()
                        .map(n -> n.id().equals(from) ? n.withId(to) : n)
                        .map(n -> n.withNics(n.nics().stream()
                                .map(nic -> nic.network().equals(from) ? nic.withNetwork(to) : nic).toList()))
                        .toList())
                .withNetworks(lab.networks().stream().map(n -> n.id().equals(from) ? n.withId(to) : n).toList())
                .withGroups(lab.groups().stream().map(g -> new Group(g.id().equals(from) ? to : g.id(), g.name(),
                        g.members().stream().map(m -> m.equals(from) ? to : m).toList())).toList())
                .withLayout(layout);
    }
}
