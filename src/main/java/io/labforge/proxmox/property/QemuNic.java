package io.labforge.proxmox.property;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A QEMU {@code netN} value: {@code virtio=BC:24:11:00:00:01,bridge=vmbr1,tag=20,firewall=1}.
 * Always give the MAC when writing: without one PVE generates a new random MAC on every write.
 *
 * @param tag VLAN tag 1-4094, or null
 * @param extra other sub-keys kept verbatim ({@code mtu}, {@code queues}, {@code rate}, {@code trunks}, ...)
 */
public record QemuNic(String model, String mac, String bridge, Integer tag, boolean firewall, Map<String, String> extra) {

    private static final Set<String> MODELS = Set.of("virtio", "e1000", "e1000e", "vmxnet3", "rtl8139", "ne2k_pci",
            "ne2k_isa", "i82551", "i82557b", "i82559er", "pcnet", "e1000-82540em", "e1000-82544gc", "e1000-82545em");

    public QemuNic {
        extra = Map.copyOf(extra == null ? Map.of() : extra);
        if (tag != null && (tag < 1 || tag > 4094)) {
            throw new IllegalArgumentException("VLAN tag " + tag + " is outside 1-4094");
        }
    }

    public static QemuNic virtio(String mac, String bridge) {
        return new QemuNic("virtio", mac, bridge, null, false, Map.of());
    }

    public QemuNic withTag(Integer newTag) {
        return new QemuNic(model, mac, bridge, newTag, firewall, extra);
    }

    public QemuNic withFirewall(boolean on) {
        return new QemuNic(model, mac, bridge, tag, on, extra);
    }

    public static QemuNic parse(String text) {
        PropertyString p = PropertyString.parse(text, "model");
        String model = null;
        String mac = p.get("macaddr").orElse(null);
        for (String key : p.asMap().keySet()) {
            if (MODELS.contains(key)) {
                model = key;
                String v = p.get(key).orElse("");
                mac = v.isEmpty() ? mac : v;
            }
        }
        if (model == null) {
            model = p.get("model").orElseThrow(() -> new IllegalArgumentException("no NIC model in '" + text + "'"));
        }
        Map<String, String> extra = new java.util.LinkedHashMap<>(p.asMap());
        extra.keySet().removeAll(Set.of("model", "macaddr", "bridge", "tag", "firewall"));
        extra.keySet().removeAll(MODELS);
        return new QemuNic(model, mac == null ? null : mac.toUpperCase(Locale.ROOT), p.get("bridge").orElse(null),
                p.get("tag").map(Integer::valueOf).orElse(null), p.flag("firewall"), extra);
    }

    public String format() {
        PropertyString p = PropertyString.empty().with(model, mac == null ? null : mac);
        if (mac == null) {
            p = PropertyString.empty().with("model", model);
        }
        p = p.with("bridge", bridge).with("tag", tag).with("firewall", firewall ? Boolean.TRUE : null);
        for (var e : extra.entrySet()) {
            p = p.with(e.getKey(), e.getValue());
        }
        return p.format("model");
    }
}
