package io.labforge.proxmox.nodes.tasks;

import io.labforge.proxmox.api.ProxmoxException;

import java.util.List;

/** A task ended with an error exit status; carries the last log lines, where PVE explains why. */
public class TaskFailedException extends ProxmoxException {

    private final Upid upid;
    private final String exitStatus;
    private final List<String> lastLines;

    public TaskFailedException(String message, Upid upid, String exitStatus, List<String> lastLines) {
        super(message, 0, exitStatus, null);
        this.upid = upid;
        this.exitStatus = exitStatus;
        this.lastLines = List.copyOf(lastLines);
    }

    public Upid upid() {
        return upid;
    }

    public String exitStatus() {
        return exitStatus;
    }

    public List<String> lastLines() {
        return lastLines;
    }
}
