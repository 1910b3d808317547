package io.labforge.validate;

import io.labforge.model.Network;

import java.util.Optional;

/** A network of the lab as a graph vertex, with its parsed subnet (empty when it has no valid CIDR). */
public final class NetworkVertex implements LabVertex {

    private final Network network;
    private final Subnet subnet;
    private final String segment;

    NetworkVertex(Network network, Subnet subnet, String segment) {
        this.network = network;
        this.subnet = subnet;
        this.segment = segment;
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
