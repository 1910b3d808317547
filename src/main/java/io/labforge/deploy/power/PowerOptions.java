package io.labforge.deploy.power;

import java.time.Duration;

/**
 * How a stop treats its guests.
 *
 * @param force           stop hard at once instead of asking the guest to shut down
 * @param shutdownTimeout how long a guest gets to shut down before it is stopped hard
 */
public record PowerOptions(boolean force, Duration shutdownTimeout) {

    public static final PowerOptions DEFAULT = new PowerOptions(false, Duration.ofSeconds(120));

    public PowerOptions withForce(boolean f) {
        return new PowerOptions(f, shutdownTimeout);
    }
}
