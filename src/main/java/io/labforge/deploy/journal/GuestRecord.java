package io.labforge.deploy.journal;

import io.labforge.deploy.port.GuestType;

import java.util.Map;

/**
 * What the journal knows about one lab guest.
 *
 * @param resource    lab node id
 * @param vmid        its VMID
 * @param node        Proxmox node
 * @param type        QEMU or LXC
 * @param createdBy   run that created it, {@code null}: only reserved so far
 * @param applied     settings last applied by Labforge, {@code null}: none yet
 * @param provisioned whether its role was applied after the last change
 */
public record GuestRecord(String resource, int vmid, String node, GuestType type, String createdBy,
                          Map<String, String> applied, boolean provisioned) {

    public GuestRecord {
        applied = applied == null ? null : Map.copyOf(applied);
    }

    GuestRecord createdIn(String run) {
        return new GuestRecord(resource, vmid, node, type, run, applied, false);
    }

    GuestRecord withApplied(Map<String, String> props) {
        return new GuestRecord(resource, vmid, node, type, createdBy, props, provisioned);
    }

    GuestRecord asProvisioned() {
        return new GuestRecord(resource, vmid, node, type, createdBy, applied, true);
    }
}
