package io.labforge.proxmox.schema;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The named string formats of the PVE schema that matter to a lab deployer. Their regexes live in the Perl
 * sources (pve-common JSONSchema.pm, pve-network, pve-access-control), not in the schema; messages follow PVE's.
 * Unknown format names are accepted: the server is then the judge.
 */
final class Formats {

    private static final String LABEL = "[a-zA-Z0-9](?:[a-zA-Z0-9\\-]*[a-zA-Z0-9])?";
    private static final Pattern NODE = Pattern.compile(LABEL);
    private static final Pattern DNS = Pattern.compile(LABEL + "(?:\\." + LABEL + ")*");
    private static final Pattern VMID = Pattern.compile("[1-9][0-9]{2,8}");
    private static final Pattern STORAGE = Pattern.compile("(?i)[a-z][a-z0-9\\-_.]*[a-z0-9]");
    private static final Pattern CONFIGID = Pattern.compile("(?i)[a-z][a-z0-9_\\-]+");
    private static final Pattern SDN_ID = Pattern.compile("(?i)[a-z][a-z0-9]*[a-z0-9]");
    private static final Pattern SUBNET_ID = Pattern.compile("(?i)[a-z][a-z0-9]*-[0-9a-f.:]+-\\d+|[0-9a-f.:]+/\\d+"); // stored ID, or a CIDR on create
    private static final Pattern TAG = Pattern.compile("(?i)[a-z0-9_][a-z0-9_\\-+.]*");
    private static final Pattern POOL = Pattern.compile("[A-Za-z0-9.\\-_]+(?:/[A-Za-z0-9.\\-_]+){0,2}");
    private static final Pattern IFACE = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]{1,20}(?:[:.]\\d+)?");
    private static final Pattern BRIDGE = Pattern.compile("[-_.\\w]+");
    private static final Pattern MAC = Pattern.compile("(?i)[0-9a-f]{2}(?::[0-9a-f]{2}){5}");
    private static final Pattern URLENCODED = Pattern.compile("[-%a-zA-Z0-9_.!~*'()]*");
    private static final Pattern VOLUME = Pattern.compile("(?i)[a-z][a-z0-9\\-_.]*[a-z0-9]:.+");
    private static final Pattern USERID = Pattern.compile("[^\\s:/]+@[A-Za-z][A-Za-z0-9.\\-_]+");
    private static final Pattern IPV4 = Pattern.compile(
            "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;\\s]+");

    private static final Map<String, Function<String, String>> CHECKS = Map.ofEntries(
            Map.entry("pve-node", v -> NODE.matcher(v).matches() ? null : "value does not look like a valid node name"),
            Map.entry("pve-vmid", v -> VMID.matcher(v).matches() ? null : "value does not look like a valid VM ID"),
            Map.entry("pve-storage-id", v -> STORAGE.matcher(v).matches() ? null : "storage ID '" + v + "' contains illegal characters"),
            Map.entry("pve-configid", v -> CONFIGID.matcher(v).matches() ? null : "invalid configuration ID '" + v + "'"),
            Map.entry("dns-name", v -> DNS.matcher(v).matches() ? null : "value does not look like a valid DNS name"),
            Map.entry("pve-tag", v -> TAG.matcher(v).matches() ? null : "invalid characters in tag '" + v + "'"),
            Map.entry("pve-poolid", v -> POOL.matcher(v).matches() ? null : "invalid pool ID '" + v + "'"),
            Map.entry("pve-iface", v -> IFACE.matcher(v).matches() ? null : "invalid network interface name '" + v + "'"),
            Map.entry("pve-bridge-id", v -> BRIDGE.matcher(v).matches() ? null : "invalid bridge ID '" + v + "'"),
            Map.entry("pve-sdn-zone-id", v -> sdnId("zone", v)),
            Map.entry("pve-sdn-vnet-id", v -> sdnId("vnet", v)),
            // a CIDR on create, the stored <zone>-<ip>-<prefix> form in paths (pve-network SubnetPlugin parse_subnet_id)
            Map.entry("pve-sdn-subnet-id", v -> SUBNET_ID.matcher(v).matches() || cidr(v, true, true) ? null
                    : "invalid subnet ID '" + v + "'"),
            Map.entry("mac-addr", Formats::mac),
            Map.entry("urlencoded", v -> URLENCODED.matcher(v).matches() ? null : "invalid urlencoded string: " + v),
            Map.entry("pve-volume-id", v -> VOLUME.matcher(v).matches() ? null : "unable to parse volume ID '" + v + "'"),
            Map.entry("pve-userid", v -> USERID.matcher(v).matches() ? null : "value '" + v + "' does not look like a valid user name"),
            Map.entry("ipv4", v -> ipv4(v) ? null : "value does not look like a valid IPv4 address"),
            Map.entry("ipv6", v -> ipv6(v) ? null : "value does not look like a valid IPv6 address"),
            Map.entry("ip", v -> ipv4(v) || ipv6(v) ? null : "value does not look like a valid IP address"),
            Map.entry("CIDRv4", v -> cidr(v, true, false) ? null : "value does not look like a valid IPv4 CIDR network"),
            Map.entry("CIDRv6", v -> cidr(v, false, true) ? null : "value does not look like a valid IPv6 CIDR network"),
            Map.entry("CIDR", v -> cidr(v, true, true) ? null : "value does not look like a valid CIDR network"),
            Map.entry("IPorCIDR", v -> ipv4(v) || ipv6(v) || cidr(v, true, true) ? null
                    : "value does not look like a valid IP address or CIDR network"));

    private Formats() {
    }

    /** Whether this named format is checked here (the base name of a {@code -list} format counts). */
    static boolean known(String format) {
        return CHECKS.containsKey(format) || format.endsWith("-list") && CHECKS.containsKey(base(format));
    }

    /** PVE's message for a value that violates the named format, or null when valid or the format is unknown. */
    static String check(String format, String value) {
        Function<String, String> single = CHECKS.get(format);
        if (single != null) {
            return single.apply(value);
        }
        if (format.endsWith("-list") && CHECKS.containsKey(base(format))) {
            Function<String, String> item = CHECKS.get(base(format));
            for (String part : LIST_SEPARATOR.split(value.trim())) {
                String problem = part.isEmpty() ? null : item.apply(part);
                if (problem != null) {
                    return problem;
                }
            }
        }
        return null;
    }

    private static String base(String listFormat) {
        return listFormat.substring(0, listFormat.length() - "-list".length());
    }

    private static String sdnId(String what, String v) {
        if (!SDN_ID.matcher(v).matches()) {
            return what + " ID '" + v + "' contains illegal characters";
        }
        return v.length() > 8 ? what + " ID '" + v + "' is too long (max 8 characters)" : null;
    }

    private static String mac(String v) {
        if (!MAC.matcher(v).matches() || (Integer.parseInt(v.substring(0, 2), 16) & 1) != 0) {
            return "value does not look like a valid unicast MAC address";
        }
        return null;
    }

    static boolean ipv4(String v) {
        return IPV4.matcher(v).matches();
    }

    static boolean ipv6(String v) {
        if (!v.contains(":") || !v.matches("[0-9a-fA-F:.]+")) {
            return false;
        }
        try {
            InetAddress.getByName(v); // a literal with ':' is parsed, never looked up
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    static boolean cidr(String v, boolean v4, boolean v6) {
        int slash = v.indexOf('/');
        if (slash < 0 || !v.substring(slash + 1).matches("\\d{1,3}")) {
            return false;
        }
        String ip = v.substring(0, slash);
        int prefix = Integer.parseInt(v.substring(slash + 1));
        return v4 && ipv4(ip) && prefix <= 32 || v6 && ipv6(ip) && prefix <= 128;
    }
}
