package io.labforge.proxmox.nodes.qemu;

/** One entry of {@code GET /nodes/{node}/qemu}. {@code template} is 1 for templates. */
public record QemuVm(int vmid, String name, String status, String lock, String tags, Integer template, long maxmem,
                     long maxdisk, Double cpus) {

    public boolean isTemplate() {
        return template != null && template == 1;
    }
}
