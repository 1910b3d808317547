package io.labforge.deploy.engine;

import java.time.Clock;
import java.time.Duration;

/**
 * Tunables of the engine.
 *
 * @param caps         concurrency limits
 * @param retry        automatic retries
 * @param readyTimeout how long to wait for a started guest to be ready
 * @param firstVmid    lowest VMID the allocator hands out
 * @param sleeper      waits between retries (scaled in tests)
 * @param clock        time stamps of events and the journal
 */
public record EngineSettings(Caps caps, RetryPolicy retry, Duration readyTimeout, int firstVmid, Sleeper sleeper, Clock clock) {

    public static final EngineSettings DEFAULT = new EngineSettings(Caps.DEFAULT, RetryPolicy.DEFAULT,
            Duration.ofMinutes(10), 100, Sleeper.REAL, Clock.systemUTC());

    public EngineSettings withCaps(Caps c) {
        return new EngineSettings(c, retry, readyTimeout, firstVmid, sleeper, clock);
    }

    public EngineSettings withRetry(RetryPolicy r) {
        return new EngineSettings(caps, r, readyTimeout, firstVmid, sleeper, clock);
    }

    public EngineSettings withSleeper(Sleeper s) {
        return new EngineSettings(caps, retry, readyTimeout, firstVmid, s, clock);
    }

    public EngineSettings withFirstVmid(int v) {
        return new EngineSettings(caps, retry, readyTimeout, v, sleeper, clock);
    }

    public EngineSettings withReadyTimeout(Duration d) {
        return new EngineSettings(caps, retry, d, firstVmid, sleeper, clock);
    }
}
