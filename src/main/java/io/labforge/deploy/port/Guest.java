package io.labforge.deploy.port;

import java.util.List;
import java.util.Set;

/**
 * A guest as the cluster reports it.
 *
 * @param ref           node, VMID, type
 * @param name          name / hostname
 * @param status        power state
 * @param template      whether it is a template
 * @param lock          config lock ({@code clone}, {@code create}...), {@code null}: none
 * @param tags          Proxmox tags
 * @param pool          resource pool, {@code null}: none
 * @param config        the lab-relevant configuration; {@code null} when not read (foreign guests)
 * @param firewallRules guest firewall rules; {@code null} when not read
 * @param addresses     IPv4 addresses the guest agent / container reports
 */
public record Guest(GuestRef ref, String name, PowerState status, boolean template, String lock,
                    Set<String> tags, String pool, GuestConfig config, List<FirewallRule> firewallRules,
                    List<String> addresses) {

    public Guest {
        tags = Set.copyOf(tags == null ? Set.of() : tags);
        firewallRules = firewallRules == null ? null : List.copyOf(firewallRules);
        addresses = List.copyOf(addresses == null ? List.of() : addresses);
    }

    public int vmid() {
        return ref.vmid();
    }

    public String description() {
        return config == null ? null : config.description();
    }
}
