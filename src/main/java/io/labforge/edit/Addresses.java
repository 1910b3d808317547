package io.labforge.edit;

import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.Nic;
import io.labforge.model.Node;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** Picks the address a new NIC gets: the next free static address of its network's subnet. */
public final class Addresses {

    private Addresses() {
    }

    /**
     * The gateway for a routing node when it is still free; otherwise the lowest free host address
     * outside the gateway and the DHCP pool. {@code dhcp} when the network has no (valid) subnet or
     * no address is left.
     */
    public static String next(Lab lab, Network net, boolean routes) {
        Optional<Ipv4> subnet = Ipv4.subnet(net.cidr());
        if (subnet.isEmpty()) {
            return Nic.DHCP;
        }
        Set<Long> used = used(lab, net.id());
        Optional<Long> gateway = Ipv4.address(net.gateway()).filter(subnet.get()::contains);
        if (routes && gateway.isPresent() && !used.contains(gateway.get())) {
            return Ipv4.format(gateway.get());
        }
        gateway.ifPresent(used::add);
        long[] pool = pool(net);
        for (long a = subnet.get().firstHost(); a <= subnet.get().lastHost(); a++) {
            if (!used.contains(a) && !(a >= pool[0] && a <= pool[1])) {
                return Ipv4.format(a);
            }
        }
        return Nic.DHCP;
    }

    public static boolean isIpv4(String text) {
        return Ipv4.address(text).isPresent() && text.strip().matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }

    public static boolean isCidr(String text) {
        return Ipv4.subnet(text).isPresent() && text.strip().matches("\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}");
    }

    /** Whether {@code ip} lies inside {@code cidr}; {@code true} when either does not parse (other checks say so). */
    public static boolean inSubnet(String ip, String cidr) {
        Optional<Ipv4> s = Ipv4.subnet(cidr);
        Optional<Long> a = Ipv4.address(ip);
        return s.isEmpty() || a.isEmpty() || s.get().contains(a.get());
    }

    /** Whether {@code ip} is already a static address of another NIC on the network. */
    public static boolean inUse(Lab lab, String networkId, String ip) {
        return Ipv4.address(ip).map(used(lab, networkId)::contains).orElse(false);
    }

    static Set<Long> used(Lab lab, String networkId) {
        Set<Long> used = new HashSet<>();
        for (Node n : lab.nodes()) {
            for (Nic nic : n.nics()) {
                if (nic.network().equals(networkId) && !nic.isDhcp()) {
                    Ipv4.address(nic.ip()).ifPresent(used::add);
                }
            }
        }
        return used;
    }

    private static long[] pool(Network net) {
        if (net.dhcp() == null) {
            return new long[] {1, 0};
        }
        long start = Ipv4.address(net.dhcp().start()).orElse(1L);
        long end = Ipv4.address(net.dhcp().end()).orElse(0L);
        return new long[] {start, end};
    }
}
