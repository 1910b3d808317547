package io.labforge.proxmox.nodes.tasks;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A flag the UI or CLI sets to stop waiting; a waiter sleeping on it wakes at once. */
public final class Cancellation {

    private final CountDownLatch latch = new CountDownLatch(1);

    public static Cancellation none() {
        return new Cancellation();
    }

    public void cancel() {
        latch.countDown();
    }

    public boolean isCancelled() {
        return latch.getCount() == 0;
    }

    /** Sleeps up to {@code d}; returns true if cancelled (before or during the sleep) or interrupted. */
    boolean sleep(Duration d) {
        try {
            return latch.await(d.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
