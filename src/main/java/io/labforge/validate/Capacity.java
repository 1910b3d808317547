package io.labforge.validate;

import java.util.Map;
import java.util.Optional;

/**
 * What the target Proxmox nodes can hold, for the sizing rule. Optional input: without it the
 * rule is skipped. The ratios are how far the lab's totals may exceed the physical figures before
 * a warning (CPU time is shared well, memory barely, thin storage somewhat).
 *
 * @param nodes        capacity per Proxmox node name
 * @param cpuRatio     allowed vCPU : physical core ratio
 * @param memoryRatio  allowed guest memory : physical memory ratio
 * @param diskRatio    allowed guest disk : storage size ratio
 */
public record Capacity(Map<String, NodeCapacity> nodes, double cpuRatio, double memoryRatio, double diskRatio) {

    public static final double DEFAULT_CPU_RATIO = 4.0;
    public static final double DEFAULT_MEMORY_RATIO = 1.0;
    public static final double DEFAULT_DISK_RATIO = 1.0;

    /** No capacity known: the sizing rule is skipped. */
    public static final Capacity UNKNOWN = new Capacity(Map.of(), DEFAULT_CPU_RATIO, DEFAULT_MEMORY_RATIO, DEFAULT_DISK_RATIO);

    public Capacity {
        nodes = Map.copyOf(nodes == null ? Map.of() : nodes);
        if (cpuRatio <= 0 || memoryRatio <= 0 || diskRatio <= 0) {
            throw new IllegalArgumentException("overcommit ratios must be positive");
        }
    }

    public static Capacity of(Map<String, NodeCapacity> nodes) {
        return new Capacity(nodes, DEFAULT_CPU_RATIO, DEFAULT_MEMORY_RATIO, DEFAULT_DISK_RATIO);
    }

    public Capacity withRatios(double cpu, double memory, double disk) {
        return new Capacity(nodes, cpu, memory, disk);
    }

    public boolean isKnown() {
        return !nodes.isEmpty();
    }

    public Optional<NodeCapacity> node(String name) {
        return Optional.ofNullable(name == null ? null : nodes.get(name));
    }

    /**
     * One Proxmox node's resources.
     *
     * @param cores  physical cores (threads as Proxmox counts them)
     * @param memory MiB
     * @param disk   GiB free on the target storage
     */
    public record NodeCapacity(int cores, long memory, long disk) {
    }
}
