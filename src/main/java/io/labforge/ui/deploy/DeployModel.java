package io.labforge.ui.deploy;

import io.labforge.app.DeploySession;
import io.labforge.deploy.engine.CancelToken;
import io.labforge.deploy.engine.Decision;
import io.labforge.deploy.engine.RunResult;
import io.labforge.deploy.engine.Step;
import io.labforge.deploy.engine.StepFailure;
import io.labforge.deploy.engine.StepGraphBuilder;
import io.labforge.deploy.event.DeployEvent;
import io.labforge.deploy.event.DeployListener;
import io.labforge.deploy.plan.DesiredLab;
import io.labforge.deploy.plan.LabIntent;
import io.labforge.deploy.provision.Overrides;
import io.labforge.deploy.plan.Plan;
import io.labforge.deploy.status.LabStatus;
import io.labforge.deploy.status.StatusReader;
import io.labforge.kind.NodeKinds;
import io.labforge.model.Lab;
import io.labforge.ui.task.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The window's side of a deploy: the target, the plan waiting for approval, the run in progress and
 * the user's answers to it. Planning runs on the task runner; a run (minutes long) runs on its own
 * thread so saves and validation are never queued behind it. Everything the engine reports comes back
 * through {@link EventPump}; the properties here change only on the FX thread.
 */
public final class DeployModel {

    private final TaskRunner tasks;
    private final NodeKinds kinds;
    private final Consumer<String> log;
    private final ExecutorService runs = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "labforge-deploy");
        t.setDaemon(true);
        return t;
    });
    private final ObjectProperty<DeployTarget> target = new SimpleObjectProperty<>();
    private final ObjectProperty<Plan> plan = new SimpleObjectProperty<>();
    private final ObjectProperty<Lab> plannedLab = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final ObjectProperty<StepFailure> failure = new SimpleObjectProperty<>();
    private final ObjectProperty<RunResult> result = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final Progress progress = new Progress();
    private final EventPump pump;
    private volatile CompletableFuture<Decision> answer;
    private volatile CancelToken cancel;
    private DeploySession session;
    private String sessionLab;
    /** The lab's file, for the override files beside it; set on the FX thread, read by the tasks. */
    private volatile java.nio.file.Path labFile;

    public DeployModel(TaskRunner tasks, NodeKinds kinds, Consumer<String> log) {
        this.tasks = tasks;
        this.kinds = kinds;
        this.log = log;
        this.pump = new EventPump(tasks, progress::apply);
    }

    /** The open lab's file ({@code null} while unsaved): its {@code overrides/} change the user-data delivered. */
    public void labFile(java.nio.file.Path file) {
        labFile = file;
    }

    /** Uses {@code t} from now on; the previous target and its session are closed. */
    public void connect(DeployTarget t) {
        DeployTarget old = target.get();
        DeploySession oldSession = session;
        session = null;
        sessionLab = null;
        target.set(t);
        plan.set(null);
        progress.clearBadges();
        runs.execute(() -> {
            closeQuietly(oldSession);
            if (old != null) {
                old.close();
            }
        });
        log.accept("Connected to " + t.label());
    }

    /** Reads the cluster and computes what deploying {@code lab} would change; nothing changes yet. */
    public void plan(Lab lab) {
        if (target.get() == null || busy.get()) {
            return;
        }
        busy.set(true);
        message.set("Reading the cluster…");
        tasks.run(() -> engineOf(lab).engine().plan(desired(lab), DeployListener.NONE), p -> {
            busy.set(false);
            plannedLab.set(lab);
            plan.set(p);
            progress.showPlan(p);
            message.set(p.blockers().isEmpty() ? p.summary() : "Cannot deploy: " + String.join("; ", p.blockers()));
            log.accept("Plan: " + p.summary());
        }, this::failed);
    }

    /** Applies the approved plan. */
    public void deploy() {
        Plan p = plan.get();
        if (p == null || running.get() || !p.blockers().isEmpty()) {
            return;
        }
        start(plannedLab.get(), p);
    }

    /** Plans and applies the removal of everything {@code lab} owns; {@code typedName} must be the lab's name. */
    public boolean destroy(Lab lab, String typedName) {
        if (!lab.name().equals(typedName) || target.get() == null || running.get() || busy.get()) {
            return false;
        }
        busy.set(true);
        message.set("Reading what the lab owns…");
        tasks.run(() -> engineOf(lab).engine().planDestroy(desired(lab), DeployListener.NONE), p -> {
            busy.set(false);
            plan.set(p);
            plannedLab.set(lab);
            log.accept("Destroy plan: " + p.summary());
            start(lab, p);
        }, this::failed);
        return true;
    }

    private void start(Lab lab, Plan p) {
        CancelToken token = new CancelToken();
        cancel = token;
        running.set(true);
        result.set(null);
        message.set("Running: " + p.summary());
        progress.start(p, rowsOf(p));
        DeploySession s = session;
        runs.execute(() -> {
            try {
                RunResult r = s.engine().apply(lab, p, this::decide, token, pump);
                tasks.onFx(() -> finished(r, s));
            } catch (Exception e) {
                tasks.onFx(() -> {
                    running.set(false);
                    failed(e);
                });
            }
        });
    }

    private void finished(RunResult r, DeploySession s) {
        running.set(false);
        failure.set(null);
        result.set(r);
        plan.set(null);
        progress.finish(r, s.journal().file());
        message.set(Progress.outcome("Deploy", r));
        log.accept(message.get() + " " + progress.summaryProperty().get());
    }

    /**
     * Asked on the engine's threads; waits until the user picks Retry, Continue or Roll back. Steps run in
     * parallel and may fail together: their questions are asked one after the other, never over each other.
     */
    private synchronized Decision decide(StepFailure f) {
        CompletableFuture<Decision> a = new CompletableFuture<>();
        answer = a;
        CancelToken token = cancel;
        if (token != null && token.isCancelled()) {
            return token.rollBack() ? Decision.ROLL_BACK : Decision.ABORT;
        }
        tasks.onFx(() -> failure.set(f));
        try {
            return a.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Decision.ABORT;
        } catch (ExecutionException e) {
            return Decision.ABORT;
        }
    }

    /** The user's answer to the pending failure. */
    public void answer(Decision d) {
        CompletableFuture<Decision> a = answer;
        if (a != null && failure.get() != null) {
            failure.set(null);
            a.complete(d);
        }
    }

    /** Stops starting new steps; running ones finish; with {@code rollBack} what this run created is removed. */
    public void cancel(boolean rollBack) {
        CancelToken token = cancel;
        if (token == null || !running.get()) {
            return;
        }
        token.cancel(rollBack);
        message.set(rollBack ? "Cancelling and rolling back…" : "Cancelling after the running steps…");
        answer(rollBack ? Decision.ROLL_BACK : Decision.ABORT);
    }

    /** What of {@code lab} is on the target now; reads only. Called off the FX thread, on the task runner. */
    LabStatus readStatus(Lab lab) throws Exception {
        DeploySession s = engineOf(lab);
        return new StatusReader(s.engine(), s.cluster(), Clock.systemUTC()).read(desired(lab));
    }

    // What a start or stop of the lab shares with a deploy: the session, the run thread, the event pump, Cancel.

    DeploySession sessionFor(Lab lab) throws Exception {
        return engineOf(lab);
    }

    DesiredLab desiredFor(Lab lab) throws Exception {
        return desired(lab);
    }

    void runInBackground(Runnable run, CancelToken token) {
        cancel = token;
        runs.execute(run);
    }

    DeployListener pump() {
        return pump;
    }

    TaskRunner tasks() {
        return tasks;
    }

    private DeploySession engineOf(Lab lab) throws Exception {
        if (session == null || !lab.name().equals(sessionLab)) {
            closeQuietly(session);
            session = target.get().open(lab, labFile);
            sessionLab = lab.name();
        }
        return session;
    }

    private DesiredLab desired(Lab lab) throws Exception {
        java.nio.file.Path file = labFile;
        Overrides overrides = file == null ? Overrides.NONE : Overrides.besideLabFile(file);
        return LabIntent.of(lab, kinds, engineOf(lab).options().withOverrides(overrides));
    }

    private static java.util.LinkedHashMap<String, Integer> rowsOf(Plan p) {
        java.util.LinkedHashMap<String, Integer> steps = new java.util.LinkedHashMap<>();
        for (Step s : StepGraphBuilder.build(p).topological()) {
            steps.merge(s.resource(), 1, Integer::sum);
        }
        return steps;
    }

    private void failed(Exception e) {
        busy.set(false);
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        message.set("Failed: " + why);
        log.accept("Deploy: " + why);
    }

    private static void closeQuietly(DeploySession s) {
        if (s != null) {
            try {
                s.close();
            } catch (Exception e) {
                // the journal was synced after its last entry; nothing is lost by a failed close
            }
        }
    }

    public ObjectProperty<DeployTarget> targetProperty() {
        return target;
    }

    public ObjectProperty<Plan> planProperty() {
        return plan;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public ObjectProperty<StepFailure> failureProperty() {
        return failure;
    }

    public ObjectProperty<RunResult> resultProperty() {
        return result;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public Progress progress() {
        return progress;
    }

    /** Seen by tests and the status bar. */
    public List<ResourceRow> rows() {
        return progress.rows();
    }


}
