package io.labforge.sandbox.task;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;

/** One worker task: identity (UPID fields), state and log. Thread-safe. */
public final class Task {

    private final Upid upid;
    private final List<String> log = new ArrayList<>();
    private String exitstatus;
    private Instant endtime;
    private Future<?> future;

    Task(Upid upid) {
        this.upid = upid;
    }

    public Upid upid() {
        return upid;
    }

    public synchronized boolean running() {
        return exitstatus == null;
    }

    /** OK, or the error text; null while running. */
    public synchronized String exitstatus() {
        return exitstatus;
    }

    public synchronized Instant endtime() {
        return endtime;
    }

    public synchronized List<String> log() {
        return List.copyOf(log);
    }

    synchronized void append(String line) {
        log.add(line);
    }

    synchronized boolean finish(String status) {
        if (exitstatus != null) {
            return false;
        }
        exitstatus = status;
        endtime = Instant.now();
        log.add(status.equals("OK") ? "TASK OK" : "TASK ERROR: " + status);
        notifyAll();
        return true;
    }

    synchronized void future(Future<?> f) {
        this.future = f;
    }

    synchronized Future<?> future() {
        return future;
    }

    /** Blocks until the task ended (for tests and the inspection API). */
    public synchronized boolean await(long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (exitstatus == null) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }
}
