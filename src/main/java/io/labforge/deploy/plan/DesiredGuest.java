package io.labforge.deploy.plan;

import io.labforge.deploy.port.FirewallRule;
import io.labforge.deploy.port.GuestConfig;
import io.labforge.deploy.port.GuestType;
import io.labforge.deploy.port.ReadyCheck;
import io.labforge.kind.Realization;

import java.util.List;

/**
 * One guest as the lab wants it.
 *
 * @param id          lab node id
 * @param name        guest name (hostname)
 * @param type        QEMU or LXC
 * @param realization clone, ISO install or container
 * @param source      template name/VMID, ISO volume or container template volume
 * @param pinnedNode  Proxmox node the user pinned, {@code null}: placed
 * @param pinnedVmid  VMID the user pinned, {@code null}: allocated
 * @param config      resources, NICs, cloud-init, tags, description
 * @param firewall    guest firewall rules from the zone policy
 * @param ready       how to tell it is up
 * @param routes      whether it routes between networks (started first)
 * @param networks    ids of the lab networks it joins
 */
public record DesiredGuest(String id, String name, GuestType type, Realization realization, String source,
                           String pinnedNode, Integer pinnedVmid, GuestConfig config, List<FirewallRule> firewall,
                           ReadyCheck ready, boolean routes, List<String> networks) {

    public DesiredGuest {
        firewall = List.copyOf(firewall);
        networks = List.copyOf(networks);
    }
}
