package io.labforge.proxmox.nodes.lxc;

/** {@code GET .../lxc/{vmid}/status/current}. */
public record LxcStatus(int vmid, String name, String status, String lock, long uptime, long mem, long maxmem) {

    public boolean running() {
        return "running".equals(status);
    }
}
