package io.labforge.deploy.plan;

import io.labforge.deploy.port.FirewallRule;
import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.NetworkKind;
import io.labforge.model.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Guest firewall rules from the zone policy. The guest's inbound policy stays DROP (Proxmox's
 * default once enabled); the rules accept, in this order: traffic from the guest's own subnet on
 * that NIC, SSH from management networks, ICMP, and the ports a load balancer serves.
 */
final class FirewallPolicy {

    private FirewallPolicy() {
    }

    static List<FirewallRule> rules(Lab lab, Node node, List<Boolean> firewalled) {
        if (!firewalled.contains(Boolean.TRUE)) {
            return List.of();
        }
        List<FirewallRule> rules = new ArrayList<>();
        for (int i = 0; i < node.nics().size(); i++) {
            if (!firewalled.get(i)) {
                continue;
            }
            String netId = node.nics().get(i).network();
            lab.network(netId).map(Network::cidr).ifPresent(cidr -> rules.add(
                    new FirewallRule("in", "ACCEPT", null, null, cidr, null, "same network " + netId)));
        }
        for (Network mgmt : lab.networks()) {
            if (mgmt.kind() == NetworkKind.MGMT && mgmt.cidr() != null) {
                rules.add(new FirewallRule("in", "ACCEPT", "tcp", "22", mgmt.cidr(), null, "ssh from " + mgmt.id()));
            }
        }
        rules.add(new FirewallRule("in", "ACCEPT", "icmp", null, null, null, "ping"));
        for (Object frontend : listOf(node.role().get("frontends"))) {
            if (frontend instanceof Map<?, ?> f && f.get("port") != null) {
                rules.add(new FirewallRule("in", "ACCEPT", "tcp", String.valueOf(f.get("port")), null, null,
                        "load-balancer frontend"));
            }
        }
        return rules;
    }

    private static List<?> listOf(Object value) {
        return value instanceof List<?> l ? l : List.of();
    }
}
