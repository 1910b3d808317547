package io.labforge.edit;

import io.labforge.model.Group;
import io.labforge.model.Lab;
import io.labforge.model.Position;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Deletes nodes, networks and groups; NICs to a deleted network go with it. */
public record Remove(Set<String> ids) implements Command {

    public Remove {
        ids = Set.copyOf(ids);
    }

    @Override
    public String description() {
        return ids.size() == 1 ? "Delete " + ids.iterator().next() : "Delete " + ids.size() + " elements";
    }

    @Override
    public Lab apply(Lab lab) {
        Map<String, Position> layout = new LinkedHashMap<>(lab.layout());
        layout.keySet().removeAll(ids);
        return lab
                .withNodes(lab.nodes().stream().filter(n -> !ids.contains(n.id()))
                        .map(n -> n.withNics(n.nics().stream().filter(nic -> !ids.contains(nic.network())).toList()))
                        .toList())
                .withNetworks(lab.networks().stream().filter(n -> !ids.contains(n.id())).toList())
                .withGroups(lab.groups().stream().filter(g -> !ids.contains(g.id()))
                        .map(g -> new Group(g.id(), g.name(), g.members().stream().filter(m -> !ids.contains(m)).toList()))
                        .filter(g -> !g.members().isEmpty())
                        .toList())
                .withLayout(layout);
    }
}
