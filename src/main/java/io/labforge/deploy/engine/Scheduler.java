package io.labforge.deploy.engine;

import io.labforge.deploy.event.DeployEvent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a step graph: starts every step whose predecessors are done, longest remaining chain first,
 * as far as the caps allow; on a failure asks the {@link FailurePolicy}. One coordinating thread
 * (the caller's) makes every decision; steps run on a worker pool.
 */
final class Scheduler {

    /** What happened to the steps. */
    record Result(Set<Step> done, Set<Step> failed, Set<Step> skipped, List<StepFailure> failures,
                  Decision stoppedBy, boolean cancelled) {
    }

    private record Finished(Step step, String error) {
    }

    private final StepGraph graph;
    private final StepRunner runner;
    private final RunContext ctx;
    private final FailurePolicy policy;
    private final CancelToken cancel;
    private final Limits limits;
    private final Map<Step, Double> priority;

    Scheduler(StepGraph graph, StepRunner runner, RunContext ctx, FailurePolicy policy, CancelToken cancel) {
        this.graph = graph;
        this.runner = runner;
        this.ctx = ctx;
        this.policy = policy;
        this.cancel = cancel;
        this.limits = new Limits(ctx.settings.caps());
        this.priority = graph.remainingPath(s -> s.kind().estimateSeconds());
    }

    Result run() throws InterruptedException {
        Set<Step> done = new LinkedHashSet<>();
        Set<Step> failed = new LinkedHashSet<>();
        Set<Step> skipped = new HashSet<>();
        List<StepFailure> failures = new ArrayList<>();
        Map<Step, Integer> waitingFor = new HashMap<>();
        Map<Step, Integer> attempts = new HashMap<>();
        List<Step> ready = new ArrayList<>();
        for (Step s : graph.steps()) {
            int n = graph.predecessors(s).size();
            waitingFor.put(s, n);
            if (n == 0) {
                ready.add(s);
            }
        }
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(ctx.settings.caps().workers(), r -> {
            Thread t = new Thread(r, "deploy-step-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        ExecutorCompletionService<Finished> completions = new ExecutorCompletionService<>(pool);
        int running = 0;
        Decision stoppedBy = null;
        try {
            while (true) {
                if (stoppedBy == null && !cancel.isCancelled()) {
                    ready.sort(Comparator.comparingDouble((Step s) -> -priority.get(s)).thenComparing(Step::id));
                    for (Step s : List.copyOf(ready)) {
                        if (limits.tryAcquire(s)) {
                            ready.remove(s);
                            int earlier = attempts.getOrDefault(s, 0);
                            completions.submit(() -> execute(s, earlier));
                            running++;
                        }
                    }
                }
                if (running == 0) {
                    break;
                }
                Finished f = take(completions);
                running--;
                limits.release(f.step());
                if (f.error() == null) {
                    done.add(f.step());
                    ctx.emit(new DeployEvent.Progress(ctx.now(), done.size(), graph.size()));
                    for (Step next : graph.successors(f.step())) {
                        if (waitingFor.merge(next, -1, Integer::sum) == 0 && !skipped.contains(next)) {
                            ready.add(next);
                        }
                    }
                    continue;
                }
                int tries = attempts.merge(f.step(), 1, Integer::sum);
                StepFailure failure = new StepFailure(f.step(), f.error(), tries);
                Decision d = stoppedBy != null || cancel.isCancelled() ? Decision.ABORT : policy.decide(failure);
                if (d == Decision.RETRY) {
                    ready.add(f.step());
                    continue;
                }
                failed.add(f.step());
                failures.add(failure);
                if (d == Decision.CONTINUE) {
                    skipped.addAll(graph.descendants(f.step()));
                    ready.removeAll(skipped);
                } else if (stoppedBy == null) {
                    stoppedBy = d;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        for (Step s : graph.steps()) {
            if (!done.contains(s) && !failed.contains(s)) {
                skipped.add(s);
            }
        }
        return new Result(done, failed, skipped, failures, stoppedBy, cancel.isCancelled());
    }

    private Finished execute(Step s, int earlierAttempts) {
        try {
            runner.run(s, earlierAttempts);
            return new Finished(s, null);
        } catch (StepFailedException e) {
            return new Finished(s, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Finished(s, "interrupted");
        }
    }

    private static Finished take(ExecutorCompletionService<Finished> completions) throws InterruptedException {
        try {
            return completions.take().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a step escaped its error handling", e.getCause());
        }
    }
}
