package io.labforge.proxmox.cluster;

/**
 * One entry of {@code GET /cluster/resources}: a guest ({@code qemu}/{@code lxc}), node, storage, pool or
 * SDN zone. Only what the caller may see is listed — an empty list can mean missing privileges.
 */
public record ClusterResource(String id, String type, String node, Integer vmid, String name, String status,
                              Integer template, String tags, String pool, String lock, String storage, String content,
                              Long disk, Long maxdisk, Long mem, Long maxmem, Double cpu, Integer maxcpu) {

    public boolean isTemplate() {
        return template != null && template == 1;
    }

    public boolean isGuest() {
        return "qemu".equals(type) || "lxc".equals(type);
    }
}
