package io.labforge.proxmox.property;

/**
 * A cloud-init {@code ipconfigN} value: {@code ip=10.0.0.5/24,gw=10.0.0.1}, {@code ip=dhcp}, IPv6 with
 * {@code ip6}/{@code gw6} ({@code ip6=auto} for SLAAC). Null fields are left out.
 */
public record IpConfig(String ip, String gw, String ip6, String gw6) {

    public static IpConfig dhcp() {
        return new IpConfig("dhcp", null, null, null);
    }

    public static IpConfig staticV4(String cidr, String gateway) {
        if (!cidr.contains("/")) {
            throw new IllegalArgumentException("'" + cidr + "' needs a prefix length, e.g. 10.0.0.5/24");
        }
        return new IpConfig(cidr, gateway, null, null);
    }

    public static IpConfig parse(String text) {
        PropertyString p = PropertyString.parse(text, null);
        return new IpConfig(p.get("ip").orElse(null), p.get("gw").orElse(null), p.get("ip6").orElse(null), p.get("gw6").orElse(null));
    }

    public String format() {
        return PropertyString.empty().with("ip", ip).with("gw", gw).with("ip6", ip6).with("gw6", gw6).format();
    }
}
