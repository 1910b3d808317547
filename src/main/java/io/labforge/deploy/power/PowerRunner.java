package io.labforge.deploy.power;

import io.labforge.deploy.engine.CancelToken;
import io.labforge.deploy.engine.EngineSettings;
import io.labforge.deploy.engine.RunResult;
import io.labforge.deploy.event.DeployEvent;
import io.labforge.deploy.event.DeployListener;
import io.labforge.deploy.event.Outcome;
import io.labforge.deploy.port.Cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a power plan tier by tier: the guests of one tier in parallel within the engine's caps (API calls
 * at once, starts per node), and the next tier only once every guest of this one is done — for a start,
 * really ready. A guest that fails stops the run after its tier: the later tiers would need it.
 * Cancelling lets the running guests finish and starts no more.
 */
public final class PowerRunner {

    private final Cluster cluster;
    private final EngineSettings settings;

    public PowerRunner(Cluster cluster, EngineSettings settings) {
        this.cluster = cluster;
        this.settings = settings;
    }

    public RunResult run(PowerPlan plan, PowerOptions options, CancelToken cancel, DeployListener listener) throws InterruptedException {
        Instant start = settings.clock().instant();
        if (!plan.blockers().isEmpty()) {
            return finish(plan, listener, start, Outcome.ABORTED, 0, plan.blockers(), plan.guests().size(), Map.of(), "refused");
        }
        GuestPower power = new GuestPower(cluster, settings, options, listener, plan.direction(),
                new Semaphore(settings.caps().apiCalls()), new ConcurrentHashMap<>());
        int total = plan.guests().size() * (plan.direction() == Direction.START ? 2 : 1);
        AtomicInteger done = new AtomicInteger();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Map<String, String> addresses = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(settings.caps().workers(), r -> {
            Thread t = new Thread(r, "labforge-power");
            t.setDaemon(true);
            return t;
        });
        int finishedGuests = 0;
        int tiersRun = 0;
        try {
            for (Tier tier : plan.tiers()) {
                if (cancel.isCancelled() || !failures.isEmpty()) {
                    break;
                }
                tiersRun++;
                List<Future<?>> running = new ArrayList<>();
                for (PowerTarget g : tier.guests()) {
                    running.add(pool.submit(() -> {
                        try {
                            String failure = power.apply(g, () -> listener.on(new DeployEvent.Progress(settings.clock().instant(),
                                    done.incrementAndGet(), total)), addresses);
                            if (failure != null) {
                                failures.add(failure);
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            failures.add("interrupted before " + g.id() + " was " + (plan.direction() == Direction.START ? "ready" : "stopped"));
                        }
                    }));
                }
                for (Future<?> f : running) {
                    await(f);
                }
                finishedGuests += tier.guests().size();
            }
        } finally {
            pool.shutdownNow();
        }
        int skipped = plan.guests().size() - finishedGuests;
        Outcome outcome = !failures.isEmpty() ? Outcome.ABORTED : cancel.isCancelled() && skipped > 0 ? Outcome.CANCELLED : Outcome.SUCCEEDED;
        List<String> all = new ArrayList<>(failures);
        if (!failures.isEmpty() && skipped > 0) {
            all.add(skippedLine(plan, tiersRun));
        }
        String summary = (plan.direction() == Direction.START ? "started " : "stopped ") + (finishedGuests - failures.size())
                + " of " + plan.guests().size() + " guests in " + tiersRun + " of " + plan.tiers().size() + " tiers";
        return finish(plan, listener, start, outcome, done.get(), all, skipped, addresses, summary);
    }

    /** "not started: k8s-cp1, k8s-w1 (tiers 4-6 need what failed)". */
    private static String skippedLine(PowerPlan plan, int tiersRun) {
        List<String> ids = plan.tiers().subList(tiersRun, plan.tiers().size()).stream().flatMap(t -> t.ids().stream()).toList();
        String verb = plan.direction() == Direction.START ? "not started: " : "not stopped: ";
        String why = plan.direction() == Direction.START ? " (they need the guests that failed)" : " (the guests that failed still need them)";
        return verb + String.join(", ", ids) + why;
    }

    private static void await(Future<?> f) throws InterruptedException {
        try {
            f.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a power step escaped its error handling", e.getCause());
        }
    }

    private RunResult finish(PowerPlan plan, DeployListener listener, Instant start, Outcome outcome, int done, List<String> failures,
                             int skipped, Map<String, String> addresses, String summary) {
        Duration took = Duration.between(start, settings.clock().instant());
        listener.on(new DeployEvent.RunFinished(settings.clock().instant(), outcome, done, failures.size(), took, summary));
        return new RunResult(outcome, done, failures, skipped, took, addresses);
    }
}
