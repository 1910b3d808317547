package io.labforge.validate;

import io.labforge.model.Network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** A network of the lab as a graph vertex, with its parsed subnet (empty when it has no valid CIDR). */
public final class NetworkVertex implements LabVertex {

    private final Network network;
    private final Subnet subnet;
    private final String segment;

    private final List<NicEdge> attached = new ArrayList<>(4);

    NetworkVertex(Network network, Subnet subnet, String segment) {
        this.network = network;
        this.subnet = subnet;
        this.segment = segment;
    }

    void add(NicEdge edge) {
        attached.add(edge);
    }

    /** The NICs that join it, in lab order of their nodes. */
    public List<NicEdge> attached() {
        return Collections.unmodifiableList(attached);
    }

    @Override
    public String id() {
        return network.id();
    }

    public Network network() {
        return network;
    }

    public Optional<Subnet> subnet() {
        return Optional.ofNullable(subnet);
    }

    /**
     * The L2 segment key: bridge plus VLAN tag. Two networks with the same key are one broadcast
     * domain. A network without a bridge is a segment of its own.
     */
    public String segment() {
        return segment;
    }

    @Override
    public String toString() {
        return "network " + network.id();
    }
}
