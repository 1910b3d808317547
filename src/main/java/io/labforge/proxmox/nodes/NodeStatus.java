package io.labforge.proxmox.nodes;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code GET /nodes/{node}/status}: load and capacity of one node. */
public record NodeStatus(double cpu, Memory memory, CpuInfo cpuinfo, long uptime, @JsonProperty("pveversion") String pveVersion) {

    public record Memory(long total, long used, long free) {
    }

    public record CpuInfo(int cpus, int cores, int sockets, String model) {
    }
}
