package io.labforge.deploy.engine;

import io.labforge.deploy.ProvisioningHook;
import io.labforge.deploy.event.DeployEvent;
import io.labforge.deploy.event.DeployListener;
import io.labforge.deploy.event.Outcome;
import io.labforge.deploy.journal.Journal;
import io.labforge.deploy.journal.JournalEntry;
import io.labforge.deploy.journal.JournalState;
import io.labforge.deploy.plan.DesiredLab;
import io.labforge.deploy.plan.Plan;
import io.labforge.deploy.plan.Planner;
import io.labforge.deploy.port.Cluster;
import io.labforge.deploy.privilege.PrivilegeGate;
import io.labforge.deploy.port.ClusterException;
import io.labforge.deploy.port.ClusterState;
import io.labforge.deploy.port.NodeShell;
import io.labforge.deploy.port.ReadScope;
import io.labforge.model.Lab;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Plans and applies labs on one cluster. Planning reads the cluster and the journal; applying runs
 * the plan's step graph. A resumed deploy is simply the next plan + apply: the plan starts from what
 * the cluster has and the journal confirms, so nothing is created twice.
 */
public final class DeployEngine {

    private final Cluster cluster;
    private final Journal journal;
    private final ProvisioningHook hook;
    private final EngineSettings settings;
    private final Optional<NodeShell> nodeShell;

    public DeployEngine(Cluster cluster, Journal journal, ProvisioningHook hook, EngineSettings settings) {
        this(cluster, journal, hook, settings, Optional.empty());
    }

    /** @param nodeShell root shell on the Proxmox nodes for the lab's host steps; empty: they are only reported */
    public DeployEngine(Cluster cluster, Journal journal, ProvisioningHook hook, EngineSettings settings,
                        Optional<NodeShell> nodeShell) {
        this.cluster = cluster;
        this.journal = journal;
        this.hook = hook;
        this.settings = settings;
        this.nodeShell = nodeShell;
    }

    /** What deploying {@code desired} would change. */
    public Plan plan(DesiredLab desired, DeployListener listener) throws ClusterException, IOException {
        JournalState known = journal.state();
        Set<Integer> vmids = known.guests().values().stream().map(r -> r.vmid()).collect(Collectors.toSet());
        ClusterState state = RetryingRead.read(cluster, settings, new ReadScope(desired.tag(), desired.pool(), vmids));
        Plan placed = new Planner().plan(desired, state, known, HostChecks.read(desired, nodeShell));
        if (nodeShell.isPresent() && !desired.host().userData().isEmpty()) {
            UserDataDelivery delivery = UserDataDelivery.of(desired, placed, cluster);
            Plan p = new Planner().plan(delivery.desired, state, known, HostChecks.read(delivery.desired, nodeShell));
            List<String> warnings = new java.util.ArrayList<>(p.warnings());
            warnings.addAll(delivery.warnings);
            placed = new Plan(p.lab(), p.changes(), warnings, p.blockers(), p.desired(), p.state(), p.journal(), p.sdn());
        }
        Plan plan = PrivilegeGate.guard(placed, cluster,
                desired.guests().isEmpty() ? "destroy lab '" + desired.lab() + "'" : "deploy lab '" + desired.lab() + "'");
        listener.on(new DeployEvent.PlanReady(settings.clock().instant(), plan));
        return plan;
    }


    /** What destroying the lab would remove: exactly the guests, bridges and pool it owns. */
    public Plan planDestroy(DesiredLab desired, DeployListener listener) throws ClusterException, IOException {
        return plan(desired.empty(), listener);
    }

    /** Applies {@code plan}; failures are answered by {@code policy}. */
    public RunResult apply(Lab lab, Plan plan, FailurePolicy policy, CancelToken cancel, DeployListener listener)
            throws InterruptedException {
        Instant start = settings.clock().instant();
        if (!plan.blockers().isEmpty()) {
            return finish(listener, start, Outcome.ABORTED, 0, plan.blockers(), 0, List.of(), "the plan cannot be applied");
        }
        RunContext ctx = new RunContext(lab, plan, cluster, journal, hook, listener, settings, nodeShell);
        StepRunner runner = new StepRunner(ctx);
        StepGraph graph = StepGraphBuilder.build(plan);
        journal.append(Journal.entry(JournalEntry.RUN_STARTED).resource(plan.lab()).message(plan.summary()));
        Scheduler.Result r = new Scheduler(graph, runner, ctx, policy, cancel).run();
        List<String> failures = new ArrayList<>(r.failures().stream().map(StepFailure::message).toList());
        Outcome outcome;
        if (r.stoppedBy() == Decision.ROLL_BACK || (r.cancelled() && cancel.rollBack())) {
            failures.addAll(new Rollback(ctx, runner).run());
            outcome = Outcome.ROLLED_BACK;
        } else if (r.cancelled()) {
            outcome = Outcome.CANCELLED;
        } else if (r.stoppedBy() == Decision.ABORT) {
            outcome = Outcome.ABORTED;
        } else {
            outcome = r.failed().isEmpty() ? Outcome.SUCCEEDED : Outcome.PARTIAL;
        }
        journal.append(Journal.entry(JournalEntry.RUN_FINISHED).resource(plan.lab()).message(outcome.name().toLowerCase()));
        String summary = r.done().size() + " of " + graph.size() + " steps done" + (r.failed().isEmpty() ? "" : ", " + r.failed().size() + " failed");
        return finish(listener, start, outcome, r.done().size(), failures, r.skipped().size(), ctx.addresses.entrySet().stream().toList(), summary);
    }

    private RunResult finish(DeployListener listener, Instant start, Outcome outcome, int done, List<String> failures,
                             int skipped, List<java.util.Map.Entry<String, String>> addresses, String summary) {
        Duration took = Duration.between(start, settings.clock().instant());
        listener.on(new DeployEvent.RunFinished(settings.clock().instant(), outcome, done, failures.size(), took, summary));
        return new RunResult(outcome, done, failures, skipped, took,
                addresses.stream().collect(Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue)));
    }
}
