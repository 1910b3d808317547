package io.labforge.deploy.event;

/**
 * Receives every event of a plan or run. Called from engine worker threads, possibly concurrently;
 * a window hops to its UI thread in exactly one place.
 */
@FunctionalInterface
public interface DeployListener {

    DeployListener NONE = e -> { };

    void on(DeployEvent event);

    /** Both this and {@code other}, in that order. */
    default DeployListener and(DeployListener other) {
        return e -> {
            on(e);
            other.on(e);
        };
    }
}
