package io.labforge.validate;

import io.labforge.model.Nic;
import org.jgrapht.graph.DefaultEdge;

/** A NIC as a graph edge between its host and its network. */
public final class NicEdge extends DefaultEdge {

    private final HostVertex host;
    private final NetworkVertex network;
    private final int index;
    private final ResolvedAddress address;

    NicEdge(HostVertex host, NetworkVertex network, int index, ResolvedAddress address) {
        this.host = host;
        this.network = network;
        this.index = index;
        this.address = address;
    }

    public HostVertex host() {
        return host;
    }

    public NetworkVertex network() {
        return network;
    }

    /** Position in the node's NIC list: 0 is {@code net0}. */
    public int index() {
        return index;
    }

    public Nic nic() {
        return host.node().nics().get(index);
    }

    public ResolvedAddress address() {
        return address;
    }

    @Override
    public String toString() {
        return host.id() + "/net" + index + " -> " + network.id();
    }
}
