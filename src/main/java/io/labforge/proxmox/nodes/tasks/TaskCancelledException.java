package io.labforge.proxmox.nodes.tasks;

import io.labforge.proxmox.api.ProxmoxException;

/** The wait was cancelled and the task was asked to stop. Partially created objects may remain. */
public class TaskCancelledException extends ProxmoxException {

    private final Upid upid;

    public TaskCancelledException(String message, Upid upid) {
        super(message);
        this.upid = upid;
    }

    public Upid upid() {
        return upid;
    }
}
