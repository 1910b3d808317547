package io.labforge.validate;

import io.labforge.model.Ipv4;
import org.apache.commons.net.util.SubnetUtils;

import java.util.Optional;

/**
 * A network's parsed IPv4 subnet. Parsing and the network/broadcast arithmetic are Commons Net's
 * {@link SubnetUtils}; the bounds are kept as unsigned longs so that rules compare numbers, not strings.
 *
 * @param cidr      as written in the lab
 * @param prefix    prefix length
 * @param network   first address of the block
 * @param broadcast last address of the block
 */
public record Subnet(String cidr, int prefix, long network, long broadcast) {

    /** The subnet, or empty when {@code cidr} is not an IPv4 CIDR such as {@code 10.10.20.0/24}. */
    public static Optional<Subnet> parse(String cidr) {
        if (cidr == null) {
            return Optional.empty();
        }
        int slash = cidr.indexOf('/');
        if (slash < 0 || Ipv4.parse(cidr.substring(0, slash)) < 0) {
            return Optional.empty();
        }
        try {
            SubnetUtils utils = new SubnetUtils(cidr);
            SubnetUtils.SubnetInfo info = utils.getInfo();
            int prefix = Integer.parseInt(cidr.substring(slash + 1));
            return Optional.of(new Subnet(cidr, prefix,
                    Ipv4.parse(info.getNetworkAddress()), Ipv4.parse(info.getBroadcastAddress())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public boolean contains(long address) {
        return address >= network && address <= broadcast;
    }

    public boolean contains(String address) {
        return contains(Ipv4.parse(address));
    }

    /** Whether {@code address} is the network or the broadcast address, which no host may use (below /31). */
    public boolean isReserved(long address) {
        return prefix <= 30 && (address == network || address == broadcast);
    }

    public long firstHost() {
        return prefix <= 30 ? network + 1 : network;
    }

    public long lastHost() {
        return prefix <= 30 ? broadcast - 1 : broadcast;
    }

    public boolean overlaps(Subnet other) {
        return network <= other.broadcast && other.network <= broadcast;
    }

    /** The address written with host bits cleared, e.g. {@code 10.10.20.0/24} for {@code 10.10.20.7/24}. */
    public String canonical() {
        return Ipv4.format(network) + "/" + prefix;
    }

    public boolean isCanonical() {
        return cidr.equals(canonical());
    }
}
