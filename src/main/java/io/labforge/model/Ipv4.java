package io.labforge.model;

/**
 * Strict dotted-quad IPv4 parsing to an unsigned value held in a long ({@code -1}: not an address).
 * Hand-written rather than {@code SubnetInfo.asInteger} because it runs for every NIC on every
 * edit and an invalid address must not cost an exception; it also refuses leading zeros, which
 * some tools read as octal.
 */
public final class Ipv4 {

    private Ipv4() {
    }

    public static long parse(String text) {
        if (text == null) {
            return -1;
        }
        int len = text.length();
        if (len < 7 || len > 15) {
            return -1;
        }
        long value = 0;
        int octets = 0;
        int i = 0;
        while (i < len) {
            int start = i;
            int octet = 0;
            while (i < len && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                octet = octet * 10 + (text.charAt(i) - '0');
                i++;
            }
            int digits = i - start;
            if (digits == 0 || digits > 3 || octet > 255 || (digits > 1 && text.charAt(start) == '0')) {
                return -1;
            }
            value = (value << 8) | octet;
            octets++;
            if (i < len) {
                if (text.charAt(i) != '.' || octets == 4) {
                    return -1;
                }
                i++;
                if (i == len) {
                    return -1;
                }
            }
        }
        return octets == 4 ? value : -1;
    }

    public static boolean isValid(String text) {
        return parse(text) >= 0;
    }

    public static String format(long value) {
        return ((value >>> 24) & 255) + "." + ((value >>> 16) & 255) + "." + ((value >>> 8) & 255) + "." + (value & 255);
    }
}
