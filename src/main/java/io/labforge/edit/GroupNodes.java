package io.labforge.edit;

import io.labforge.model.Group;
import io.labforge.model.Lab;

import java.util.List;

/** Draws a box around nodes, e.g. the members of a Kubernetes cluster. */
public record GroupNodes(String name, List<String> members) implements Command {

    public GroupNodes {
        members = List.copyOf(members);
    }

    @Override
    public String description() {
        return "Group " + members.size() + " nodes as " + name;
    }

    @Override
    public Lab apply(Lab lab) {
        List<String> nodes = members.stream().filter(m -> lab.node(m).isPresent()).toList();
        if (nodes.isEmpty()) {
            return lab;
        }
        String base = name.toLowerCase().replaceAll("[^a-z0-9-]+", "-").replaceAll("(^-+|-+$)", "");
        String id = Ids.unique(base.isEmpty() ? "group" : base, Ids.taken(lab));
        List<Group> groups = new java.util.ArrayList<>(lab.groups());
        groups.add(new Group(id, name, nodes));
        return lab.withGroups(groups);
    }
}
