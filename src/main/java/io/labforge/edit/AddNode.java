package io.labforge.edit;

import io.labforge.kind.NodeKind;
import io.labforge.model.Lab;
import io.labforge.model.Node;
import io.labforge.model.Position;

/** Adds a node of one kind at a position, with a fresh id made from the kind. */
public record AddNode(NodeKind kind, Position at) implements Command {

    @Override
    public String description() {
        return "Add " + kind.label();
    }

    @Override
    public Lab apply(Lab lab) {
        String id = Ids.numbered(kind.id() + "-", Ids.taken(lab));
        return lab.withNode(Node.of(id, kind.id())).withPosition(id, at);
    }

    /** The id the node gets when added to {@code lab}. */
    public String idIn(Lab lab) {
        return Ids.numbered(kind.id() + "-", Ids.taken(lab));
    }
}
