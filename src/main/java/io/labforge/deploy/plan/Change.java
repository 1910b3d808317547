package io.labforge.deploy.plan;

import io.labforge.deploy.port.GuestRef;

import java.util.List;
import java.util.Set;

/**
 * The plan for one resource.
 *
 * @param type       pool, bridge or guest
 * @param id         lab node id for guests, {@code node/bridge} for bridges, the pool id
 * @param action     create, update, replace, delete or unchanged
 * @param reason     why, in plain words ({@code null} for unchanged)
 * @param properties the properties that differ
 * @param drift      whether part of the change undoes a change made outside Labforge
 * @param node       Proxmox node it is (or will be) on
 * @param existing   the guest there is now, {@code null}: none
 * @param work       the steps a guest change needs
 */
public record Change(ResourceType type, String id, Action action, String reason, List<PropertyChange> properties,
                     boolean drift, String node, GuestRef existing, Set<Work> work) {

    public Change {
        properties = List.copyOf(properties);
        work = Set.copyOf(work);
    }

    public boolean isChange() {
        return action != Action.UNCHANGED;
    }

    public boolean needs(Work w) {
        return work.contains(w);
    }
}
