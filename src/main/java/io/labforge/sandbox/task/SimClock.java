package io.labforge.sandbox.task;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/** Simulated seconds scaled to real time: with scale 0.01 a 60-second clone takes 0.6 s. */
public final class SimClock {

    private final double scale;
    private final ThreadLocal<Budget> budget = new ThreadLocal<>();

    /**
     * Simulated time a synchronous request may spend before pveproxy gives up (its 30 s limit). Counted in simulated
     * seconds, so the outcome does not depend on how busy the machine running the sandbox is.
     */
    public static final class Budget {
        private double left;
        private final CompletableFuture<Void> exceeded = new CompletableFuture<>();

        public Budget(double simSeconds) {
            this.left = simSeconds;
        }

        /** Completes when the request has slept past its budget. */
        public CompletableFuture<Void> exceeded() {
            return exceeded;
        }
    }

    public SimClock(double scale) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("time scale must be > 0, got " + scale);
        }
        this.scale = scale;
    }

    public double scale() {
        return scale;
    }

    public long millis(double simSeconds) {
        return Math.max(0, Math.round(simSeconds * scale * 1000));
    }

    /** Counts this thread's sleeps against {@code b} until {@link #clearBudget()}. */
    public void useBudget(Budget b) {
        budget.set(b);
    }

    public void clearBudget() {
        budget.remove();
    }

    public void sleep(double simSeconds) throws InterruptedException {
        Budget b = budget.get();
        if (b != null && !b.exceeded.isDone()) {
            if (simSeconds >= b.left) {
                Thread.sleep(millis(b.left));
                simSeconds -= b.left;
                b.left = 0;
                b.exceeded.complete(null); // the proxy answers 596; the work goes on
            } else {
                b.left -= simSeconds;
            }
        }
        long ms = millis(simSeconds);
        if (ms > 0) {
            Thread.sleep(ms);
        }
    }

    /** The real instant {@code simSeconds} from now. */
    public Instant after(double simSeconds) {
        return Instant.now().plusMillis(millis(simSeconds));
    }
}
