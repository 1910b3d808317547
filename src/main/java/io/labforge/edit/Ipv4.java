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

    /** Strict dotted quad, the same parser the validation rules use. */
    static Optional<Long> address(String text) {
        long v = io.labforge.model.Ipv4.parse(text == null ? null : text.trim());
        return v < 0 ? Optional.empty() : Optional.of(v);
    }

    static String format(long v) {
        return io.labforge.model.Ipv4.format(v);
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
