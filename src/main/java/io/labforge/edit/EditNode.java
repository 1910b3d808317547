package io.labforge.edit;

import io.labforge.model.Lab;
import io.labforge.model.Node;

import java.util.function.UnaryOperator;

/** Changes properties of one node (not its id: see {@link Rename}). */
public record EditNode(String nodeId, String what, UnaryOperator<Node> change) implements Command {

    @Override
    public String description() {
        return "Set " + what + " of " + nodeId;
    }

    @Override
    public Lab apply(Lab lab) {
        return lab.updateNode(nodeId, n -> change.apply(n).withId(n.id()));
    }
}
