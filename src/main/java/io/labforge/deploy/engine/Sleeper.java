package io.labforge.deploy.engine;

import java.time.Duration;

/** Waits between retries; tests and benchmarks run it at a scaled clock. */
@FunctionalInterface
public interface Sleeper {

    Sleeper REAL = d -> Thread.sleep(d.toMillis());

    void sleep(Duration duration) throws InterruptedException;

    /** Sleeps {@code 1/factor} of each requested duration. */
    static Sleeper scaled(double factor) {
        return d -> Thread.sleep(Math.max(0, (long) (d.toNanos() / factor / 1_000_000)));
    }
}
