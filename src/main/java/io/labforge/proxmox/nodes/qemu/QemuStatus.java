package io.labforge.proxmox.nodes.qemu;

/** {@code GET .../status/current}: {@code running}/{@code stopped}, and the config lock if any. */
public record QemuStatus(int vmid, String name, String status, String qmpstatus, String lock, Integer agent, long uptime,
                         long mem, long maxmem) {

    public boolean running() {
        return "running".equals(status);
    }

    public boolean locked() {
        return lock != null && !lock.isEmpty();
    }
}
