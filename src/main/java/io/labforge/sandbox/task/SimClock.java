package io.labforge.sandbox.task;

import java.time.Instant;

/** Simulated seconds scaled to real time: with scale 0.01 a 60-second clone takes 0.6 s. */
public final class SimClock {

    private final double scale;

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

    public void sleep(double simSeconds) throws InterruptedException {
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
