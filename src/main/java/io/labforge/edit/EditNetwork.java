package io.labforge.edit;

import io.labforge.model.Lab;
import io.labforge.model.Network;

import java.util.function.UnaryOperator;

/** Changes properties of one network (not its id: see {@link Rename}). */
public record EditNetwork(String networkId, String what, UnaryOperator<Network> change) implements Command {

    @Override
    public String description() {
        return "Set " + what + " of " + networkId;
    }

    @Override
    public Lab apply(Lab lab) {
        return lab.updateNetwork(networkId, n -> change.apply(n).withId(n.id()));
    }
}
