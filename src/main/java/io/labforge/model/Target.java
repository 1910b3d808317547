package io.labforge.model;

/**
 * Where the lab deploys. Never holds a secret: {@code profile} names a connection profile whose
 * credentials live outside the lab file. Every field may be {@code null} (not chosen yet).
 *
 * @param profile connection profile name, e.g. {@code home-pve}
 * @param node    default Proxmox node for guests that are not pinned
 * @param storage storage for disks, e.g. {@code local-lvm}
 * @param pool    resource pool that marks the lab's objects, e.g. {@code lab-homelab}
 */
public record Target(String profile, String node, String storage, String pool) {
}
