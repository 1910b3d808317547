package io.labforge.sandbox.resource;

import io.labforge.sandbox.state.StorageSlots;
import io.labforge.sandbox.task.LatencyModel;
import io.labforge.sandbox.task.TaskContext;
import io.labforge.sandbox.task.TaskFailure;

/** Disk work inside a task under the storage lock: waits at most the lock timeout, then fails like pve-storage. */
final class StorageWork {

    private StorageWork() {
    }

    /**
     * Runs {@code seconds} of work on {@code storage} while holding one of its slots.
     *
     * @param failurePrefix PVE's prefix for the error, e.g. "clone failed: " or "unable to create VM 105 - "
     */
    static void run(Sim sim, TaskContext ctx, String node, String storage, double seconds, String failurePrefix)
            throws InterruptedException {
        StorageSlots slots = sim.slots();
        if (!slots.acquire(node, storage, ctx.clock().millis(LatencyModel.STORAGE_LOCK_TIMEOUT))) {
            throw new TaskFailure(failurePrefix + "can't lock file '" + StorageSlots.lockPath(storage) + "' - got timeout");
        }
        try {
            ctx.work(seconds);
        } finally {
            slots.release(node, storage);
        }
    }
}
