package io.labforge.deploy.status;

import io.labforge.deploy.plan.Action;
import io.labforge.deploy.port.PowerState;

import java.util.List;

/**
 * One lab guest as the cluster has it now.
 *
 * @param id        the lab node id
 * @param vmid      its VMID, {@code null} when it is not on the cluster
 * @param node      the Proxmox node it is on, {@code null} when missing
 * @param power     power state; {@code null} when missing
 * @param addresses IPv4 addresses the guest agent or container reports (running guests only)
 * @param pending   what a deploy would do to it ({@link Action#UNCHANGED}: in sync)
 * @param drift     whether its configuration was changed outside Labforge (being powered off is not drift)
 */
public record GuestStatus(String id, Integer vmid, String node, PowerState power, List<String> addresses,
                          Action pending, boolean drift) {

    public GuestStatus {
        addresses = List.copyOf(addresses);
    }

    public boolean missing() {
        return vmid == null;
    }

    /** In words for a table cell: "in sync", "update pending (drift)", "not deployed". */
    public String stateText() {
        if (missing()) {
            return "not deployed";
        }
        if (pending == Action.UNCHANGED) {
            return "in sync";
        }
        return pending.name().toLowerCase() + " pending" + (drift ? " (drift)" : "");
    }
}
