package io.labforge.ui.inspector;

import io.labforge.edit.Addresses;

/** Field checks of the inspector: {@code null} when fine, else what is wrong and what would be right. */
final class Checks {

    private static final String HOSTNAME = "[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?";

    private Checks() {
    }

    static String id(String v) {
        if (v.isEmpty()) {
            return "required";
        }
        return v.matches(HOSTNAME) ? null : "lower-case letters, digits and '-' (RFC 1123), e.g. web-1";
    }

    static String optionalHostname(String v) {
        return v.isEmpty() ? null : id(v);
    }

    static String optionalInt(String v, int min, int max) {
        if (v.isEmpty()) {
            return null;
        }
        try {
            int n = Integer.parseInt(v);
            return n < min || n > max ? "a whole number from " + min + " to " + max : null;
        } catch (NumberFormatException e) {
            return "a whole number from " + min + " to " + max;
        }
    }

    static Integer toInt(String v) {
        return v.isEmpty() ? null : Integer.valueOf(v);
    }

    static String optionalIpv4(String v) {
        return v.isEmpty() || Addresses.isIpv4(v) ? null : "an IPv4 address, e.g. 10.10.10.1";
    }

    static String optionalCidr(String v) {
        return v.isEmpty() || Addresses.isCidr(v) ? null : "an IPv4 subnet, e.g. 10.10.20.0/24";
    }

    static String nicAddress(String v, String cidr) {
        if (v.isEmpty() || v.equalsIgnoreCase("dhcp")) {
            return null;
        }
        if (!Addresses.isIpv4(v)) {
            return "'dhcp' or an IPv4 address";
        }
        return Addresses.inSubnet(v, cidr) ? null : "outside the network's subnet " + cidr;
    }

    static String bridge(String v) {
        return v.isEmpty() || v.matches("vmbr\\d{1,4}|[a-z][a-z0-9]{0,7}") ? null : "a Proxmox bridge name, e.g. vmbr1";
    }

    static String tags(String v) {
        return v.isEmpty() || v.matches("[a-z0-9_.+-]+(\\s*,\\s*[a-z0-9_.+-]+)*") ? null
                : "comma-separated tags of a-z, 0-9, _ . + -";
    }

    static String none(String v) {
        return null;
    }
}
