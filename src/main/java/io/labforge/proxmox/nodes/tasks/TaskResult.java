package io.labforge.proxmox.nodes.tasks;

import java.util.List;

/** A finished task: exit status ({@code OK} or {@code WARNINGS: n}) and the whole log. */
public record TaskResult(Upid upid, String exitStatus, List<String> log) {

    public TaskResult {
        log = List.copyOf(log);
    }

    public boolean hasWarnings() {
        return exitStatus.startsWith("WARNINGS");
    }
}
