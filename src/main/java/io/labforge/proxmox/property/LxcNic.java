package io.labforge.proxmox.property;

import java.util.Locale;

/**
 * An LXC {@code netN} value: {@code name=eth0,bridge=vmbr1,hwaddr=BC:24:11:00:00:02,ip=10.0.0.6/24,gw=10.0.0.1}.
 * Containers get their address here (no cloud-init). {@code ip} may be a CIDR, {@code dhcp} or {@code manual}.
 */
public record LxcNic(String name, String bridge, String hwaddr, String ip, String gw, Integer tag, boolean firewall) {

    public LxcNic {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a container NIC needs a name, e.g. eth0");
        }
    }

    public static LxcNic parse(String text) {
        PropertyString p = PropertyString.parse(text, null);
        return new LxcNic(p.get("name").orElse(null), p.get("bridge").orElse(null),
                p.get("hwaddr").map(h -> h.toUpperCase(Locale.ROOT)).orElse(null), p.get("ip").orElse(null),
                p.get("gw").orElse(null), p.get("tag").map(Integer::valueOf).orElse(null), p.flag("firewall"));
    }

    public String format() {
        return PropertyString.empty().with("name", name).with("bridge", bridge).with("hwaddr", hwaddr)
                .with("ip", ip).with("gw", gw).with("tag", tag).with("firewall", firewall ? Boolean.TRUE : null).format();
    }
}
