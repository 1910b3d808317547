package io.labforge.ui.deploy;

import io.labforge.deploy.port.PowerState;
import io.labforge.deploy.status.GuestStatus;
import io.labforge.deploy.status.LabStatus;
import io.labforge.model.Lab;
import io.labforge.ui.canvas.StatusBadge;
import io.labforge.ui.task.TaskRunner;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Keeps the canvas badges in step with the cluster between runs: while the window is connected and
 * shown and no run is going, it reads the lab's status on the task runner every {@code period}
 * (doubling the pause after each failed read, up to {@link #MAX_BACKOFF}) and applies each result
 * on the FX thread in one go. During a run the engine's events drive the badges instead; a plan on
 * show keeps its own badges. Everything here happens on the FX thread except the read itself.
 */
public final class LiveStatus {

    public static final Duration DEFAULT_PERIOD = Duration.ofSeconds(5);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(60);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final DeployModel model;
    private final TaskRunner tasks;
    private final Supplier<Lab> lab;
    private final ObservableValue<Boolean> shown;
    private final PauseTransition timer = new PauseTransition();
    private final ReadOnlyStringWrapper line = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<LabStatus> last = new ReadOnlyObjectWrapper<>();
    private Duration period = DEFAULT_PERIOD;
    private int failures;
    /** Bumped whenever a read in flight becomes stale: new target, a run starting, the window hidden. */
    private long generation;
    private boolean reading;

    public LiveStatus(DeployModel model, TaskRunner tasks, Supplier<Lab> lab, ObservableValue<Boolean> shown) {
        this.model = model;
        this.tasks = tasks;
        this.lab = lab;
        this.shown = shown;
        timer.setOnFinished(e -> refresh());
        model.targetProperty().addListener((o, a, t) -> restart(Duration.ZERO));
        model.runningProperty().addListener((o, a, r) -> {
            if (r) {
                stop();
                line.set("Live status paused while the run drives the badges.");
            } else {
                restart(period);
                if (active()) {
                    line.set("Run over; live status resumes in " + Durations.readable(period) + ".");
                }
            }
        });
        shown.addListener((o, a, s) -> restart(Duration.ZERO));
    }

    /** Time between reads when all is well; tests use a short one. */
    public void setPeriod(Duration period) {
        this.period = period;
        if (timer.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            restart(period);
        }
    }

    /** Reads now (e.g. a click on the status line), unless a read is already under way. */
    public void refresh() {
        if (!active() || reading) {
            return;
        }
        reading = true;
        long asked = generation;
        Lab l = lab.get();
        String target = shortName(model.targetProperty().get().label());
        tasks.run(() -> model.readStatus(l), s -> {
            reading = false;
            if (asked != generation) {
                resumeAfterStaleRead();
            } else {
                failures = 0;
                show(s, target);
                schedule(period);
            }
        }, e -> {
            reading = false;
            if (asked != generation) {
                resumeAfterStaleRead();
            } else {
                failures++;
                Duration wait = backoff();
                line.set("Could not read the status from " + target + " at " + now() + ": " + plain(e)
                        + ". Trying again in " + Durations.readable(wait) + ".");
                schedule(wait);
            }
        });
    }

    private void show(LabStatus s, String target) {
        last.set(s);
        if (model.planProperty().get() == null) {
            Map<String, StatusBadge> badges = new LinkedHashMap<>();
            if (s.anyDeployed()) {
                s.guests().forEach(g -> badges.put(g.id(), Badges.of(g)));
            }
            model.progress().showStatus(badges);
        }
        line.set(s.anyDeployed() ? "Status from " + target + " at " + now() + ": " + summary(s)
                : "The lab is not deployed on " + target + " (checked at " + now() + ").");
    }

    /** A restart during a read found it busy and skipped its own read: start over now. */
    private void resumeAfterStaleRead() {
        if (timer.getStatus() != javafx.animation.Animation.Status.RUNNING) {
            schedule(Duration.ZERO);
        }
    }

    static String summary(LabStatus s) {
        long running = s.count(g -> g.power() == PowerState.RUNNING);
        long stopped = s.count(g -> g.power() == PowerState.STOPPED);
        long missing = s.count(GuestStatus::missing);
        long drift = s.count(GuestStatus::drift);
        StringBuilder b = new StringBuilder().append(running).append(" running");
        if (stopped > 0) {
            b.append(", ").append(stopped).append(" stopped");
        }
        if (missing > 0) {
            b.append(", ").append(missing).append(" missing");
        }
        if (drift > 0) {
            b.append(", ").append(drift).append(" changed outside Labforge");
        }
        return b.toString();
    }

    private boolean active() {
        return model.targetProperty().get() != null && !model.runningProperty().get() && Boolean.TRUE.equals(shown.getValue());
    }

    private void restart(Duration delay) {
        stop();
        failures = 0;
        if (active()) {
            schedule(delay);
        } else if (model.targetProperty().get() == null) {
            line.set("");
            last.set(null);
        }
    }

    private void stop() {
        generation++;
        timer.stop();
    }

    private void schedule(Duration delay) {
        if (active()) {
            timer.setDuration(javafx.util.Duration.millis(Math.max(1, delay.toMillis())));
            timer.playFromStart();
        }
    }

    private Duration backoff() {
        Duration d = period.multipliedBy(1L << Math.min(failures, 6));
        return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
    }

    /** "home-pve (https://pve.lan:8006)" → "home-pve": the status bar has little room. */
    static String shortName(String label) {
        int paren = label.indexOf(" (");
        return paren > 0 ? label.substring(0, paren) : label;
    }

    private static String now() {
        return LocalTime.now(ZoneId.systemDefault()).format(TIME);
    }

    private static String plain(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.strip();
    }

    /** The status bar's line: when the badges were last refreshed, or why they could not be. */
    public ReadOnlyStringProperty lineProperty() {
        return line.getReadOnlyProperty();
    }

    /** The last status read, {@code null} before the first. */
    public ReadOnlyObjectProperty<LabStatus> lastProperty() {
        return last.getReadOnlyProperty();
    }
}
