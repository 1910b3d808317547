package io.labforge.sandbox.state;

/**
 * A PVE lock file ({@code /var/lock/qemu-server/lock-105.conf}, {@code /var/lock/pve-manager/pve-storage-local-lvm}):
 * shared or exclusive, acquired with a timeout, released from any thread (a task worker keeps what the API call took).
 */
public final class FileLock {

    private final String path;
    private int shared;
    private boolean exclusive;

    public FileLock(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    /** Waits up to {@code timeoutMillis}; false on timeout (PVE: "can't lock file '...' - got timeout"). */
    public synchronized boolean acquire(boolean exclusiveMode, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (exclusive || exclusiveMode && shared > 0) {
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        if (exclusiveMode) {
            exclusive = true;
        } else {
            shared++;
        }
        return true;
    }

    public synchronized void release(boolean exclusiveMode) {
        if (exclusiveMode) {
            exclusive = false;
        } else if (shared > 0) {
            shared--;
        }
        notifyAll();
    }

    public synchronized boolean held() {
        return exclusive || shared > 0;
    }

    public String timeoutMessage() {
        return "can't lock file '" + path + "' - got timeout";
    }
}
