package io.labforge.validate.rules;

import io.labforge.model.Network;
import io.labforge.model.Node;

import java.util.Collection;
import java.util.stream.Collectors;

/** How messages name things, so that every rule names them the same way. */
final class Say {

    private Say() {
    }

    static String node(Node node) {
        return "node '" + node.id() + "'";
    }

    static String node(String id) {
        return "node '" + id + "'";
    }

    static String net(Network network) {
        return "network '" + network.id() + "'";
    }

    static String net(String id) {
        return "network '" + id + "'";
    }

    /** "NIC 2 (net1) of node 'k8s-w1'": people count from one, Proxmox from zero. */
    static String nic(Node node, int index) {
        return "NIC " + (index + 1) + " (net" + index + ") of node '" + node.id() + "'";
    }

    static String quoted(Collection<String> ids) {
        return ids.stream().map(s -> "'" + s + "'").collect(Collectors.joining(", "));
    }

    static String didYouMean(String nearest) {
        return nearest == null ? "" : "did you mean '" + nearest + "'? ";
    }
}
