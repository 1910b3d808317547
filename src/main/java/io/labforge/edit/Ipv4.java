package io.labforge.edit;

import java.util.Optional;

/** Just enough IPv4 arithmetic for address allocation (the validation rules do the full checks). */
record Ipv4(long network, int prefix) {

    static Optional<Ipv4> subnet(String cidr) {
        if (cidr == null) {
            return Optional.empty();
        }
        String[] parts = cidr.trim().split("/");
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            int prefix = Integer.parseInt(parts[1]);
            Optional<Long> addr = address(parts[0]);
            if (prefix < 0 || prefix > 32 || addr.isEmpty()) {
                return Optional.empty();
            }
            long mask = prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
            return Optional.of(new Ipv4(addr.get() & mask, prefix));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Optional<Long> address(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] octets = text.trim().split("\\.");
        if (octets.length != 4) {
            return Optional.empty();
        }
        long v = 0;
        for (String o : octets) {
            try {
                int b = Integer.parseInt(o);
                if (b < 0 || b > 255) {
                    return Optional.empty();
                }
                v = (v << 8) | b;
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.of(v);
    }

    static String format(long v) {
        return ((v >> 24) & 255) + "." + ((v >> 16) & 255) + "." + ((v >> 8) & 255) + "." + (v & 255);
    }

    long size() {
        return 1L << (32 - prefix);
    }

    long firstHost() {
        return prefix >= 31 ? network : network + 1;
    }

    long lastHost() {
        return prefix >= 31 ? network + size() - 1 : network + size() - 2;
    }

    boolean contains(long address) {
        return address >= network && address < network + size();
    }
}
