package io.labforge.deploy.adapter;

import io.labforge.deploy.port.FirewallRule;
import io.labforge.proxmox.firewall.FirewallApi;
import io.labforge.proxmox.firewall.FirewallOptions;

import java.util.Comparator;
import java.util.List;

/** Writes and reads a guest's firewall: rules replaced as a whole, always enabled, in the lab's order. */
final class Firewalls {

    private Firewalls() {
    }

    static void replace(FirewallApi fw, List<FirewallRule> rules) {
        fw.rules().stream().map(io.labforge.proxmox.firewall.FirewallRule::pos)
                .filter(java.util.Objects::nonNull).sorted(Comparator.reverseOrder()).forEach(fw::deleteRule);
        // PVE inserts every new rule at the top, so add the last one first
        for (int i = rules.size() - 1; i >= 0; i--) {
            FirewallRule r = rules.get(i);
            fw.addRule(new io.labforge.proxmox.firewall.FirewallRule(null, r.direction(), r.action(), 1, null, r.proto(),
                    r.dport(), null, r.source(), null, r.iface(), r.comment(), null));
        }
        if (!rules.isEmpty()) {
            fw.setOptions(new FirewallOptions(true, "DROP", "ACCEPT", true, null, false, null));
        }
    }

    static List<FirewallRule> read(FirewallApi fw) {
        return fw.rules().stream()
                .sorted(Comparator.comparing(r -> r.pos() == null ? 0 : r.pos()))
                .map(r -> new FirewallRule(r.type(), r.action(), r.proto(), r.dport(), r.source(), r.iface(), r.comment()))
                .toList();
    }
}
