package io.labforge.proxmox.nodes.qemu;

import io.labforge.proxmox.nodes.tasks.Upid;

import java.util.Optional;

/**
 * Result of a safe clone: the task that cloned, or empty when an earlier attempt whose answer was lost
 * had already created the VM (then wait for its lock to clear with {@link QemuApi#waitUntilUnlocked}).
 */
public record CloneOutcome(int vmid, Optional<Upid> task) {

    public boolean adopted() {
        return task.isEmpty();
    }
}
