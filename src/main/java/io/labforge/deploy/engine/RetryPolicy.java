package io.labforge.deploy.engine;

import java.time.Duration;

/**
 * Automatic retries of a step on transient failures and lock timeouts, with exponential backoff;
 * only after these are used up is the user asked.
 *
 * @param attempts  tries in all, including the first
 * @param firstWait wait before the first retry
 * @param maxWait   longest wait between tries
 */
public record RetryPolicy(int attempts, Duration firstWait, Duration maxWait) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(6, Duration.ofSeconds(2), Duration.ofSeconds(30));

    /** Wait after failed attempt number {@code attempt} (1-based). */
    public Duration backoff(int attempt) {
        long ms = firstWait.toMillis() << Math.min(20, attempt - 1);
        return Duration.ofMillis(Math.min(ms, maxWait.toMillis()));
    }
}
