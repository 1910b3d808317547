package io.labforge.deploy.engine;

import io.labforge.deploy.port.Cluster;
import io.labforge.deploy.port.ClusterException;
import io.labforge.deploy.port.ClusterState;
import io.labforge.deploy.port.ReadScope;

/** Reads the cluster's state, retrying transient errors with the engine's backoff: a read is always safe to repeat. */
public final class RetryingRead {

    private RetryingRead() {
    }

    public static ClusterState read(Cluster cluster, EngineSettings settings, ReadScope scope) throws ClusterException {
        for (int attempt = 1; ; attempt++) {
            try {
                return cluster.read(scope);
            } catch (ClusterException e) {
                if (!e.isRetryable() || attempt >= settings.retry().attempts()) {
                    throw e;
                }
                try {
                    settings.sleeper().sleep(settings.retry().backoff(attempt));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
