package io.labforge.deploy.plan;

import io.labforge.deploy.port.CloudInit;
import io.labforge.deploy.port.FirewallRule;
import io.labforge.deploy.port.GuestConfig;
import io.labforge.deploy.port.GuestType;
import io.labforge.deploy.port.IpConfig;
import io.labforge.deploy.port.NicConfig;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A guest's lab-relevant settings as flat {@code name → text} pairs: what the plan compares, shows
 * and the journal records. SSH keys appear only as a digest.
 */
public final class GuestProperties {

    /** Settings whose change needs a new guest. */
    static final List<String> REPLACING = List.of("type", "source");

    private GuestProperties() {
    }

    public static Map<String, String> of(GuestType type, String source, GuestConfig c, List<FirewallRule> rules) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("type", type.name().toLowerCase());
        if (source != null) {
            p.put("source", source);
        }
        put(p, "cores", c.cores());
        put(p, "memory", c.memory());
        put(p, "disk", c.diskGiB());
        List<NicConfig> nics = c.nics() == null ? List.of() : c.nics();
        for (int i = 0; i < nics.size(); i++) {
            p.put("net" + i, nic(nics.get(i)));
        }
        CloudInit ci = c.cloudInit();
        if (ci != null) {
            for (int i = 0; i < ci.ipconfigs().size(); i++) {
                p.put("ipconfig" + i, ip(ci.ipconfigs().get(i)));
            }
            if (type == GuestType.QEMU) {
                put(p, "ciuser", ci.user());
                if (!ci.sshKeys().isEmpty()) {
                    p.put("sshkeys", ci.sshKeys().size() + " key(s) " + digest(String.join("\n", ci.sshKeys().stream().map(String::strip).toList())));
                }
                put(p, "cicustom", ci.userData() == null ? null : "user=" + ci.userData());
            }
            put(p, "nameserver", ci.nameserver());
        }
        if (c.tags() != null) {
            p.put("tags", String.join(";", new TreeSet<>(c.tags())));
        }
        put(p, "description", c.description() == null ? null : c.description().strip());
        if (rules != null && !rules.isEmpty()) {
            p.put("firewall", rules.size() + " rule(s) " + digest(rules.toString()));
        }
        return p;
    }

    private static void put(Map<String, String> p, String key, Object value) {
        if (value != null) {
            p.put(key, String.valueOf(value));
        }
    }

    static String nic(NicConfig n) {
        return "bridge=" + n.bridge() + (n.vlan() == null ? "" : ",tag=" + n.vlan())
                + ",firewall=" + (n.firewall() ? 1 : 0) + ",mac=" + Macs.normalise(n.mac());
    }

    static String ip(IpConfig ip) {
        return "ip=" + ip.address() + (ip.gateway() == null ? "" : ",gw=" + ip.gateway());
    }

    static String digest(String text) {
        return HexFormat.of().formatHex(Macs.sha256(text), 0, 6);
    }
}
