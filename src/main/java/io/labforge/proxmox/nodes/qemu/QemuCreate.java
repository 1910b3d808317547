package io.labforge.proxmox.nodes.qemu;

import io.labforge.proxmox.api.Params;

/** {@code POST /nodes/{node}/qemu}: a new VM with these options, optionally in a pool, optionally started. */
public record QemuCreate(int vmid, String pool, Boolean start, QemuOptions options) {

    public static QemuCreate of(int vmid, QemuOptions options) {
        return new QemuCreate(vmid, null, null, options);
    }

    public QemuCreate inPool(String poolId) {
        return new QemuCreate(vmid, poolId, start, options);
    }

    Params toParams() {
        return Params.create().put("vmid", vmid).putAll(options.toParams()).put("pool", pool).put("start", start);
    }
}
