package io.labforge.proxmox.nodes.qemu;

import io.labforge.proxmox.api.Params;

/**
 * {@code POST /nodes/{node}/qemu/{vmid}/clone}. {@code full} null lets PVE choose (linked for templates);
 * {@code storage} only for full clones; {@code target} only with shared storage. The clone takes no other
 * guest options: configure it afterwards.
 */
public record QemuClone(int newid, String name, String pool, Boolean full, String storage, String target, String description) {

    public static QemuClone of(int newid, String name) {
        return new QemuClone(newid, name, null, null, null, null, null);
    }

    public QemuClone inPool(String poolId) {
        return new QemuClone(newid, name, poolId, full, storage, target, description);
    }

    public QemuClone fullCopy(String targetStorage) {
        return new QemuClone(newid, name, pool, true, targetStorage, target, description);
    }

    Params toParams() {
        return Params.create().put("newid", newid).put("name", name).put("pool", pool).put("full", full)
                .put("storage", storage).put("target", target).put("description", description);
    }
}
