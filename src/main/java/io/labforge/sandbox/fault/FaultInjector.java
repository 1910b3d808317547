package io.labforge.sandbox.fault;

import java.util.Random;

/** Draws faults from one seeded generator; every decision is taken in call order under this object's monitor. */
public final class FaultInjector {

    /** A transient error to answer instead of handling the request. */
    public record TransientError(int status, String message) {
    }

    private static final TransientError[] TRANSIENT = {
            new TransientError(596, "Connection timed out"),
            new TransientError(599, "Too many redirections"),
            new TransientError(500, "got no worker upid - start worker failed"),
    };

    private final Faults faults;
    private final Random random;
    private final java.util.Map<String, Integer> injected = new java.util.TreeMap<>();

    public FaultInjector(Faults faults, long seed) {
        this.faults = faults;
        this.random = new Random(seed);
    }

    public Faults faults() {
        return faults;
    }

    /** The transient error for the next request, or null. */
    public synchronized TransientError transientError() {
        if (faults.transientErrors() > 0 && random.nextDouble() < faults.transientErrors()) {
            injected.merge("transient", 1, Integer::sum);
            return TRANSIENT[random.nextInt(TRANSIENT.length)];
        }
        return null;
    }

    /** Extra simulated seconds for the next request (0 when not slow). */
    public synchronized double slowness() {
        if (faults.slowRequests() > 0 && random.nextDouble() < faults.slowRequests()) {
            injected.merge("slow", 1, Integer::sum);
            return random.nextDouble() * faults.slowSeconds();
        }
        return 0;
    }

    public synchronized boolean dropResponse() {
        boolean drop = faults.droppedResponses() > 0 && random.nextDouble() < faults.droppedResponses();
        if (drop) {
            injected.merge("drop", 1, Integer::sum);
        }
        return drop;
    }

    /** How many faults of each kind were injected so far (transient, drop, slow, failed-task). */
    public synchronized java.util.Map<String, Integer> injected() {
        return new java.util.TreeMap<>(injected);
    }

    /** The error a worker task of this type ends with, or null when it succeeds. */
    public synchronized String taskFailure(String type, String id) {
        if (faults.failedTasks() <= 0 || random.nextDouble() >= faults.failedTasks()) {
            return null;
        }
        injected.merge("failed-task", 1, Integer::sum);
        return switch (type) {
            case "qmclone", "vzclone" -> "clone failed: command '/usr/bin/qemu-img convert -p -n -f raw -O raw' failed: exit code 1";
            case "qmcreate" -> "unable to create VM " + id + " - command 'lvcreate' failed: exit code 5";
            case "vzcreate" -> "unable to create CT " + id + " - command 'lvcreate' failed: exit code 5";
            case "qmstart" -> "start failed: QEMU exited with code 1";
            case "vzstart" -> "startup for container '" + id + "' failed";
            default -> "command '" + type + "' failed: exit code 1";
        };
    }
}
