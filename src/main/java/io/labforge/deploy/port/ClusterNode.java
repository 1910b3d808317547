package io.labforge.deploy.port;

/**
 * A Proxmox node with its capacity, for placement.
 *
 * @param name          node name
 * @param online        whether it answers
 * @param cpus          logical CPUs
 * @param memoryMiB     total memory
 * @param memoryUsedMiB memory in use
 * @param cpuLoad       CPU load as a fraction of {@code cpus} (0..1)
 * @param address       the node's cluster address ({@code GET /cluster/status}), {@code null}: unknown
 */
public record ClusterNode(String name, boolean online, int cpus, long memoryMiB, long memoryUsedMiB, double cpuLoad, String address) {

    /** A node with no load figure and no known address. */
    public ClusterNode(String name, boolean online, int cpus, long memoryMiB, long memoryUsedMiB) {
        this(name, online, cpus, memoryMiB, memoryUsedMiB, 0, null);
    }

    public long freeMemoryMiB() {
        return Math.max(0, memoryMiB - memoryUsedMiB);
    }

    /** Idle CPU capacity in cores. */
    public double freeCpus() {
        return Math.max(0, cpus * (1 - cpuLoad));
    }
}
