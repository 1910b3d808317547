package io.labforge.deploy.power;

import io.labforge.deploy.engine.EngineSettings;
import io.labforge.deploy.event.DeployEvent;
import io.labforge.deploy.event.DeployListener;
import io.labforge.deploy.event.ResourceState;
import io.labforge.deploy.journal.Redaction;
import io.labforge.deploy.port.Cluster;
import io.labforge.deploy.port.ClusterException;
import io.labforge.deploy.port.PowerState;
import io.labforge.deploy.port.TaskLog;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * Starts or stops one guest and reports it as steps ({@code <id>/start}, {@code <id>/wait-ready},
 * {@code <id>/stop}): start, then wait until the engine's readiness check passes; stop by asking the guest
 * to shut down, and stopping it hard when it has not within the timeout (or at once with force).
 * Transient failures and lock timeouts are retried with the engine's backoff, re-checking the power
 * state first, since a call whose answer was lost may have worked.
 */
final class GuestPower {

    /** A cluster call that may be retried. */
    @FunctionalInterface
    private interface Call {
        void run() throws ClusterException, InterruptedException;
    }

    private final Cluster cluster;
    private final EngineSettings settings;
    private final PowerOptions options;
    private final DeployListener listener;
    private final Direction direction;
    private final Semaphore api;
    private final Map<String, Semaphore> perNode;

    GuestPower(Cluster cluster, EngineSettings settings, PowerOptions options, DeployListener listener, Direction direction,
               Semaphore api, Map<String, Semaphore> perNode) {
        this.cluster = cluster;
        this.settings = settings;
        this.options = options;
        this.listener = listener;
        this.direction = direction;
        this.api = api;
        this.perNode = perNode;
    }

    /** Runs the guest's steps; returns the failure in plain words, or {@code null}. */
    String apply(PowerTarget g, Runnable stepDone, Map<String, String> addresses) throws InterruptedException {
        String step = g.id() + "/" + direction.verb();
        try {
            if (direction == Direction.START) {
                Instant[] t0 = new Instant[1];
                limited(g, () -> { // reported as started once the caps let it go
                    t0[0] = started(g, step, "start " + g.id() + " (" + g.ref() + ")", ResourceState.STARTING);
                    if (g.status() != PowerState.RUNNING) {
                        retrying(g, step, () -> cluster.start(g.ref(), log(g, step)), PowerState.RUNNING);
                    } else {
                        log(g, step).line(g.ref() + " is running already");
                    }
                });
                finished(g, step, t0[0], stepDone);
                String wait = g.id() + "/wait-ready";
                Instant t1 = started(g, wait, "wait until " + g.id() + " is ready", ResourceState.WAITING);
                List<String> found = cluster.waitReady(g.ref(), g.ready(), settings.readyTimeout(), log(g, wait));
                String address = found.isEmpty() ? null : found.get(0);
                if (address != null) {
                    addresses.put(g.id(), address);
                }
                status(g, ResourceState.READY, address);
                finished(g, wait, t1, stepDone);
            } else {
                Instant[] t0 = new Instant[1];
                limited(g, () -> {
                    t0[0] = started(g, step, (options.force() ? "stop " : "shut down ") + g.id() + " (" + g.ref() + ")", ResourceState.STOPPING);
                    stop(g, step);
                });
                status(g, ResourceState.STOPPED, null);
                finished(g, step, t0[0], stepDone);
            }
            return null;
        } catch (ClusterException e) {
            String message = Redaction.redact("unable to " + direction.verb() + " " + g.id() + " (" + g.ref() + "): " + e.getMessage());
            listener.on(new DeployEvent.StepFailed(now(), step, g.id(), message, 1, false));
            status(g, ResourceState.FAILED, null);
            return message;
        }
    }

    private void stop(PowerTarget g, String step) throws ClusterException, InterruptedException {
        TaskLog log = log(g, step);
        if (!options.force()) {
            try {
                cluster.shutdown(g.ref(), options.shutdownTimeout(), log);
                return;
            } catch (ClusterException e) {
                if (cluster.guest(g.ref().vmid()).map(x -> x.status() == PowerState.STOPPED).orElse(true)) {
                    return; // it went down after all
                }
                log.line("did not shut down within " + options.shutdownTimeout().toSeconds() + " s (" + e.getMessage() + "); stopping it hard");
            }
        }
        retrying(g, step, () -> cluster.stop(g.ref(), log), PowerState.STOPPED);
    }

    private void retrying(PowerTarget g, String step, Call call, PowerState wanted) throws ClusterException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                if (attempt > 1 && cluster.guest(g.ref().vmid()).map(x -> x.status() == wanted).orElse(false)) {
                    log(g, step).line("already " + wanted.name().toLowerCase() + " after the earlier attempt");
                    return;
                }
                call.run();
                return;
            } catch (ClusterException e) {
                if (wanted == PowerState.RUNNING && e.getMessage() != null && e.getMessage().contains("already running")) {
                    return;
                }
                boolean again = e.isRetryable() && attempt < settings.retry().attempts();
                if (!again) {
                    throw e;
                }
                listener.on(new DeployEvent.StepFailed(now(), step, g.id(), Redaction.redact(e.getMessage()), attempt, true));
                settings.sleeper().sleep(settings.retry().backoff(attempt));
            }
        }
    }

    /** Holds an API slot and a per-node slot for the call (the engine's apiCalls and startsPerNode caps). */
    private void limited(PowerTarget g, Call call) throws ClusterException, InterruptedException {
        Semaphore node = perNode.computeIfAbsent(g.ref().node(), n -> new Semaphore(settings.caps().startsPerNode()));
        node.acquire();
        try {
            api.acquire();
            try {
                call.run();
            } finally {
                api.release();
            }
        } finally {
            node.release();
        }
    }

    private TaskLog log(PowerTarget g, String step) {
        return line -> listener.on(new DeployEvent.LogLine(now(), step, g.id(), Redaction.redact(line)));
    }

    private Instant started(PowerTarget g, String step, String title, ResourceState state) {
        Instant at = now();
        listener.on(new DeployEvent.StepStarted(at, step, g.id(), title));
        status(g, state, null);
        return at;
    }

    private void finished(PowerTarget g, String step, Instant since, Runnable stepDone) {
        listener.on(new DeployEvent.StepFinished(now(), step, g.id(), Duration.between(since, now())));
        stepDone.run();
    }

    private void status(PowerTarget g, ResourceState s, String address) {
        listener.on(new DeployEvent.ResourceStatus(now(), g.id(), s, address));
    }

    private Instant now() {
        return settings.clock().instant();
    }
}
