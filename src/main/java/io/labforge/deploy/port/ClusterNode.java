package io.labforge.deploy.port;

/**
 * A Proxmox node with its capacity, for placement.
 *
 * @param name          node name
 * @param online        whether it answers
 * @param cpus          logical CPUs
 * @param memoryMiB     total memory
 * @param memoryUsedMiB memory in use
 */
public record ClusterNode(String name, boolean online, int cpus, long memoryMiB, long memoryUsedMiB) {

    public long freeMemoryMiB() {
        return Math.max(0, memoryMiB - memoryUsedMiB);
    }
}
