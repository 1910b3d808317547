package io.labforge.sandbox.state;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The per-storage lock of pve-storage ({@code /var/lock/pve-manager/pve-storage-ID}, 10 s timeout) as it behaves
 * under load: every allocation and every disk copy on a node-local storage needs it, a few copies may overlap
 * ({@code slots}), and whoever waits longer than the timeout fails (PITFALLS #1).
 */
public final class StorageSlots {

    private final int slots;
    private final Map<String, Semaphore> locks = new ConcurrentHashMap<>();

    public StorageSlots(int slots) {
        if (slots < 1) {
            throw new IllegalArgumentException("storage slots must be ≥ 1");
        }
        this.slots = slots;
    }

    /** Waits up to {@code timeoutMillis}; false means PVE's "can't lock file ... got timeout". */
    public boolean acquire(String node, String storage, long timeoutMillis) throws InterruptedException {
        return semaphore(node, storage).tryAcquire(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    public void release(String node, String storage) {
        semaphore(node, storage).release();
    }

    /** Slots currently taken, for the inspection API. */
    public int inUse(String node, String storage) {
        return slots - semaphore(node, storage).availablePermits();
    }

    public static String lockPath(String storage) {
        return "/var/lock/pve-manager/pve-storage-" + storage;
    }

    private Semaphore semaphore(String node, String storage) {
        return locks.computeIfAbsent(node + "/" + storage, k -> new Semaphore(slots, true));
    }
}
