package io.labforge.proxmox.nodes.lxc;

/** One entry of {@code GET /nodes/{node}/lxc}. */
public record LxcContainer(int vmid, String name, String status, String lock, String tags, Integer template, long maxmem) {
}
