package io.labforge.proxmox.nodes;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One entry of {@code GET /nodes}. {@code cpu} is the load as a fraction of {@code maxcpu}; memory in bytes. */
public record NodeSummary(String node, String status, double cpu, int maxcpu, long mem, long maxmem, long uptime,
                          @JsonProperty("ssl_fingerprint") String sslFingerprint) {

    public boolean online() {
        return "online".equals(status);
    }

    /** Idle CPU capacity in cores. */
    public double freeCpus() {
        return Math.max(0, maxcpu * (1 - cpu));
    }

    public long freeMemory() {
        return Math.max(0, maxmem - mem);
    }
}
