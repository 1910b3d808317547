package io.labforge.model;

import java.util.List;
import java.util.Objects;

/** A named set of nodes drawn as one box, e.g. a Kubernetes cluster. */
public record Group(String id, String name, List<String> members) {

    public Group {
        Objects.requireNonNull(id, "id");
        members = List.copyOf(members == null ? List.of() : members);
    }
}
