package io.labforge.proxmox.api;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * Exponential backoff with jitter for failures that go away on their own ({@link TransientException},
 * {@link LockTimeoutException}). Never retries 400/401/403/404.
 *
 * <p>{@link #run} is for idempotent calls only. A call that creates something (create, clone) must not be
 * blindly repeated — the first attempt may have run on the server although the answer was lost. Use
 * {@link #runIfAbsent}: after a failure it re-reads the state and retries only if the object is still absent.
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay, double jitter,
                          Sleeper sleeper, DoubleSupplier random) {

    /** How to wait between attempts (replaceable in tests). */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("jitter must be between 0 and 1");
        }
    }

    /** 4 attempts, 1 s, 2 s, 4 s apart (±20 %), at most 15 s. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(15), 0.2,
                d -> Thread.sleep(d.toMillis()), () -> ThreadLocalRandom.current().nextDouble());
    }

    public static RetryPolicy none() {
        return defaults().withMaxAttempts(1);
    }

    public RetryPolicy withMaxAttempts(int n) {
        return new RetryPolicy(n, initialDelay, maxDelay, jitter, sleeper, random);
    }

    public RetryPolicy withDelays(Duration initial, Duration max) {
        return new RetryPolicy(maxAttempts, initial, max, jitter, sleeper, random);
    }

    public RetryPolicy withSleeper(Sleeper s) {
        return new RetryPolicy(maxAttempts, initialDelay, maxDelay, jitter, s, random);
    }

    public static boolean isRetryable(ProxmoxException e) {
        return e instanceof TransientException || e instanceof LockTimeoutException;
    }

    /** The pause before retry number {@code retry} (1 = first retry). */
    public Duration delayBefore(int retry) {
        double base = Math.min(maxDelay.toMillis(), initialDelay.toMillis() * Math.pow(2, retry - 1));
        double spread = base * jitter * (2 * random.getAsDouble() - 1);
        return Duration.ofMillis(Math.max(0, Math.round(base + spread)));
    }

    /** Runs an idempotent call, repeating it on retryable failures. */
    public <T> T run(Supplier<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (ProxmoxException e) {
                if (!isRetryable(e) || attempt >= maxAttempts) {
                    throw e;
                }
                pause(attempt, e);
            }
        }
    }

    /**
     * Runs a creating call safely: on a retryable failure, waits, then asks {@code existing} whether the
     * object is there after all (the lost attempt succeeded) and returns that instead of creating twice.
     * An "already exists" answer on a later attempt is resolved the same way.
     */
    public <T> T runIfAbsent(Supplier<T> create, Supplier<Optional<T>> existing) {
        for (int attempt = 1; ; attempt++) {
            try {
                return create.get();
            } catch (ProxmoxException e) {
                if (attempt > 1 && e.getMessage().contains("already exists")) {
                    return existing.get().orElseThrow(() -> e);
                }
                if (!isRetryable(e) || attempt >= maxAttempts) {
                    throw e;
                }
                pause(attempt, e);
                Optional<T> found = existing.get();
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
    }

    private void pause(int attempt, ProxmoxException cause) {
        try {
            sleeper.sleep(delayBefore(attempt));
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw cause;
        }
    }
}
