package io.labforge.proxmox.nodes.tasks;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code GET /nodes/{node}/tasks/{upid}/status}: {@code running} or {@code stopped} with an exit status. */
public record TaskStatus(String upid, String node, String type, String id, String user,
                         @JsonProperty("status") String status, @JsonProperty("exitstatus") String exitStatus) {

    public boolean running() {
        return "running".equals(status);
    }

    /** {@code OK} and {@code WARNINGS: n} both mean the task did its job. */
    public boolean succeeded() {
        return !running() && exitStatus != null && (exitStatus.equals("OK") || exitStatus.startsWith("WARNINGS"));
    }
}
