package io.labforge.edit;

import io.labforge.model.Lab;
import io.labforge.model.Nic;

import java.util.ArrayList;
import java.util.List;

/** Removes one NIC (by its index: net0, net1, ...) from a node. */
public record Disconnect(String nodeId, int index) implements Command {

    @Override
    public String description() {
        return "Remove net" + index + " of " + nodeId;
    }

    @Override
    public Lab apply(Lab lab) {
        return lab.updateNode(nodeId, n -> {
            if (index < 0 || index >= n.nics().size()) {
                return n;
            }
            List<Nic> nics = new ArrayList<>(n.nics());
            nics.remove(index);
            return n.withNics(nics);
        });
    }
}
