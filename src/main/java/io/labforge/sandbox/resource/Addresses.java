package io.labforge.sandbox.resource;

import io.labforge.sandbox.state.Guest;
import io.labforge.sandbox.state.GuestType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The addresses a booted guest ends up with: the static IP of {@code ipconfigN} (QEMU) or {@code ip=} (LXC netN),
 * else a DHCP lease, stable per MAC, from the bridge's pool (vmbr0: 192.168.1.100+, other bridges 10.X.0.100+).
 */
final class Addresses {

    private final Map<String, String> leases = new ConcurrentHashMap<>();
    private final Map<String, Integer> nextHost = new ConcurrentHashMap<>();

    /** Interfaces as qemu-guest-agent's network-get-interfaces reports them (lo first). */
    List<Map<String, Object>> interfaces(Guest g) {
        List<Map<String, Object>> out = new ArrayList<>();
        out.add(iface("lo", "00:00:00:00:00:00", List.of(ip("127.0.0.1", "ipv4", 8), ip("::1", "ipv6", 128))));
        Map<String, String> config = g.config();
        for (int n = 0; n < 32; n++) {
            String nic = config.get("net" + n);
            if (nic == null) {
                continue;
            }
            String mac = GuestSupport.nicMac(nic);
            String bridge = GuestSupport.nicBridge(nic);
            String cidr = staticAddress(g, n, nic);
            if (cidr == null && bridge != null) {
                cidr = lease(bridge, mac);
            }
            List<Map<String, Object>> ips = new ArrayList<>();
            if (cidr != null) {
                ips.add(ip(cidr.substring(0, cidr.indexOf('/')), "ipv4", Integer.parseInt(cidr.substring(cidr.indexOf('/') + 1))));
            }
            ips.add(ip(linkLocal(mac), "ipv6", 64));
            String name = g.type() == GuestType.LXC ? nicName(nic, n) : "eth" + n;
            out.add(iface(name, mac == null ? "" : mac.toLowerCase(Locale.ROOT), ips));
        }
        return out;
    }

    private static String staticAddress(Guest g, int n, String nic) {
        String source = g.type() == GuestType.QEMU ? g.config().getOrDefault("ipconfig" + n, "") : nic;
        for (String part : source.split(",")) {
            if (part.startsWith("ip=") && part.contains("/")) {
                return part.substring(3);
            }
        }
        return null;
    }

    private String lease(String bridge, String mac) {
        return leases.computeIfAbsent(bridge + "/" + mac, k -> {
            int host = nextHost.merge(bridge, 1, Integer::sum) + 99;
            String net = bridge.equals("vmbr0") ? "192.168.1." : "10." + (Math.abs(bridge.hashCode()) % 200 + 20) + ".0.";
            return net + host + "/24";
        });
    }

    private static String nicName(String nic, int n) {
        for (String part : nic.split(",")) {
            if (part.startsWith("name=")) {
                return part.substring(5);
            }
        }
        return "eth" + n;
    }

    private static String linkLocal(String mac) {
        if (mac == null) {
            return "fe80::1";
        }
        String[] b = mac.toLowerCase(Locale.ROOT).split(":");
        int first = Integer.parseInt(b[0], 16) ^ 2;
        return String.format(Locale.ROOT, "fe80::%02x%s:%sff:fe%s:%s%s", first, b[1], b[2], b[3], b[4], b[5])
                .replaceAll(":0+([0-9a-f])", ":$1");
    }

    private static Map<String, Object> iface(String name, String mac, List<Map<String, Object>> ips) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("hardware-address", mac);
        m.put("ip-addresses", ips);
        m.put("statistics", Map.of("rx-bytes", 1024, "rx-packets", 12, "rx-errs", 0, "rx-dropped", 0,
                "tx-bytes", 2048, "tx-packets", 14, "tx-errs", 0, "tx-dropped", 0));
        return m;
    }

    private static Map<String, Object> ip(String address, String type, int prefix) {
        return Map.of("ip-address", address, "ip-address-type", type, "prefix", prefix);
    }
}
