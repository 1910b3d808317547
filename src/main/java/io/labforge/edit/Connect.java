package io.labforge.edit;

import io.labforge.kind.NodeKinds;
import io.labforge.kind.Trait;
import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.Nic;
import io.labforge.model.Node;

import java.util.ArrayList;
import java.util.List;

/** Gives a node a NIC on a network, with the next free static address of the subnet. */
public record Connect(String nodeId, String networkId, NodeKinds kinds) implements Command {

    @Override
    public String description() {
        return "Connect " + nodeId + " to " + networkId;
    }

    @Override
    public Lab apply(Lab lab) {
        Node node = lab.node(nodeId).orElse(null);
        Network net = lab.network(networkId).orElse(null);
        if (node == null || net == null) {
            return lab;
        }
        boolean routes = kinds.find(node.kind()).map(k -> k.has(Trait.ROUTES)).orElse(false);
        List<Nic> nics = new ArrayList<>(node.nics());
        nics.add(Nic.of(networkId, Addresses.next(lab, net, routes)));
        return lab.withNode(node.withNics(nics));
    }
}
