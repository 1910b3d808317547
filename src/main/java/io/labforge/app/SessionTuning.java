package io.labforge.app;

import io.labforge.deploy.adapter.AdapterSettings;
import io.labforge.deploy.engine.EngineSettings;
import io.labforge.deploy.engine.RetryPolicy;
import io.labforge.deploy.engine.Sleeper;
import io.labforge.proxmox.nodes.tasks.TaskWaiter;

import java.time.Duration;

/**
 * The intervals a deploy session waits by: task polling, lock polling, retry backoff. A real cluster
 * uses {@link #DEFAULT}; a sandbox running at a scaled clock scales them the same way so a rehearsal
 * is not slowed down by one-second polls.
 */
public record SessionTuning(TaskWaiter.Settings tasks, AdapterSettings adapter, EngineSettings engine) {

    public static final SessionTuning DEFAULT =
            new SessionTuning(TaskWaiter.Settings.defaults(), AdapterSettings.DEFAULT, EngineSettings.DEFAULT);

    /** Intervals for a target whose clock runs {@code scale} real seconds per simulated second. */
    public static SessionTuning scaled(double scale) {
        return new SessionTuning(
                new TaskWaiter.Settings(scaled(1, scale), scaled(5, scale), Duration.ofMinutes(5), 15),
                new AdapterSettings(Duration.ofMinutes(2), scaled(2, scale), AdapterSettings.DEFAULT.defaultStorage()),
                EngineSettings.DEFAULT.withRetry(new RetryPolicy(8, scaled(2, scale), scaled(30, scale)))
                        .withSleeper(Sleeper.REAL).withReadyTimeout(Duration.ofMinutes(2)));
    }

    private static Duration scaled(double seconds, double scale) {
        return Duration.ofNanos(Math.max(1_000_000L, (long) (seconds * scale * 1e9)));
    }
}
