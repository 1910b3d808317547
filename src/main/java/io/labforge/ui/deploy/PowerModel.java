package io.labforge.ui.deploy;

import io.labforge.app.DeploySession;
import io.labforge.deploy.engine.CancelToken;
import io.labforge.deploy.engine.RunResult;
import io.labforge.deploy.power.Direction;
import io.labforge.deploy.power.PowerOptions;
import io.labforge.deploy.power.PowerPlan;
import io.labforge.deploy.power.PowerTarget;
import io.labforge.kind.NodeKinds;
import io.labforge.model.Lab;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The window's side of starting and stopping the whole lab. Reading the cluster and checking privileges
 * run on the task runner; the run itself on the deploy model's run thread, reported through the same
 * event pump into the Deploy tab's rows and the canvas badges. A refusal (missing privileges) is kept in
 * {@link #refusalProperty()} and shown where a deploy's blockers are.
 */
public final class PowerModel {

    private final DeployModel deploy;
    private final NodeKinds kinds;
    private final Consumer<String> log;
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper("");

    public PowerModel(DeployModel deploy, NodeKinds kinds, Consumer<String> log) {
        this.deploy = deploy;
        this.kinds = kinds;
        this.log = log;
    }

    public void start(Lab lab) {
        run(lab, Direction.START, PowerOptions.DEFAULT);
    }

    public void stop(Lab lab, boolean force) {
        run(lab, Direction.STOP, PowerOptions.DEFAULT.withForce(force));
    }

    private void run(Lab lab, Direction direction, PowerOptions options) {
        if (deploy.targetProperty().get() == null || deploy.busyProperty().get() || deploy.runningProperty().get()) {
            return;
        }
        String verb = direction.verb();
        deploy.busyProperty().set(true);
        refusal.set("");
        deploy.messageProperty().set("Reading what the lab owns…");
        deploy.tasks().run(() -> {
            DeploySession s = deploy.sessionFor(lab);
            return Map.entry(s, s.power().plan(lab, kinds, deploy.desiredFor(lab), direction));
        }, planned -> {
            deploy.busyProperty().set(false);
            PowerPlan plan = planned.getValue();
            if (!plan.blockers().isEmpty()) {
                deploy.planProperty().set(null);
                refusal.set("Cannot " + verb + " the lab: " + String.join("\n", plan.blockers()));
                deploy.messageProperty().set(refusal.get());
                log.accept(refusal.get());
            } else if (plan.guests().isEmpty()) {
                deploy.messageProperty().set("Nothing to " + verb + ": none of the lab's guests is deployed.");
            } else {
                launch(planned.getKey(), plan, options);
            }
        }, e -> {
            deploy.busyProperty().set(false);
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            deploy.messageProperty().set("Failed: " + why);
            log.accept("Lab " + verb + ": " + why);
        });
    }

    private void launch(DeploySession session, PowerPlan plan, PowerOptions options) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        int steps = plan.direction() == Direction.START ? 2 : 1;
        plan.guests().forEach(g -> rows.put(g.id(), steps));
        deploy.progress().start(plan.guests().stream().map(PowerTarget::id).toList(), rows);
        deploy.runningProperty().set(true);
        deploy.messageProperty().set((plan.direction() == Direction.START ? "Starting" : "Stopping") + " the lab: " + plan.summary());
        log.accept("Lab " + plan.direction().verb() + ": " + plan.summary());
        CancelToken token = new CancelToken();
        deploy.runInBackground(() -> {
            try {
                RunResult r = session.power().run(plan, options, token, deploy.pump());
                deploy.tasks().onFx(() -> finished(plan, r));
            } catch (Exception e) {
                deploy.tasks().onFx(() -> {
                    deploy.runningProperty().set(false);
                    deploy.messageProperty().set("Failed: " + e.getMessage());
                });
            }
        }, token);
    }

    private void finished(PowerPlan plan, RunResult r) {
        deploy.runningProperty().set(false);
        int guests = r.stepsDone() / (plan.direction() == Direction.START ? 2 : 1);
        StringBuilder b = new StringBuilder(plan.direction() == Direction.START ? "Started " : "Stopped ")
                .append(guests).append(" of ").append(plan.guests().size()).append(" guests in ").append(plan.tiers().size()).append(" tiers");
        r.failures().forEach(f -> b.append(". ").append(f));
        deploy.progress().finish(b.append('.').toString());
        deploy.messageProperty().set(Progress.outcome(plan.direction() == Direction.START ? "Start" : "Stop", r));
        log.accept(deploy.messageProperty().get() + " " + b);
    }

    /** Why the last start or stop was refused; empty when it was not. */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }
}
