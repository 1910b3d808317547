package io.labforge.ui.deploy;

import io.labforge.deploy.event.ResourceState;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Duration;
import java.time.Instant;

/** One resource's line in the progress panel; changed only on the FX thread. */
public final class ResourceRow {

    /** Lines kept per resource: enough for a task log, bounded for a long provisioning run. */
    static final int MAX_LOG = 2000;

    private final String id;
    private final int steps;
    private int stepsDone;
    private Instant started;
    private Instant ended;
    private final StringProperty step = new SimpleStringProperty("waiting");
    private final ObjectProperty<ResourceState> state = new SimpleObjectProperty<>(ResourceState.PENDING);
    private final StringProperty elapsed = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final ObservableList<String> log = FXCollections.observableArrayList();

    public ResourceRow(String id, int steps) {
        this.id = id;
        this.steps = Math.max(1, steps);
    }

    void stepStarted(Instant at, String title) {
        if (started == null) {
            started = at;
        }
        step.set(title);
    }

    void stepFinished(Instant at) {
        stepsDone = Math.min(steps, stepsDone + 1);
        progress.set(stepsDone / (double) steps);
        if (stepsDone == steps) {
            ended = at;
            step.set("done");
            if (state.get() == ResourceState.PENDING) {
                state.set(ResourceState.READY); // pools and bridges report no status of their own
            }
        }
    }

    void failed(String message) {
        error.set(message);
        state.set(ResourceState.FAILED);
    }

    void state(ResourceState s, String ip) {
        state.set(s);
        if (ip != null) {
            address.set(ip);
        }
        if (s == ResourceState.READY || s == ResourceState.DELETED || s == ResourceState.STOPPED) {
            progress.set(1);
        }
        if (s != ResourceState.FAILED) {
            error.set("");
        }
    }

    void log(String line) {
        log.add(line);
        if (log.size() > MAX_LOG) {
            log.remove(0, log.size() - MAX_LOG);
        }
    }

    /** Refreshes the elapsed time against {@code now}; a finished resource keeps its final time. */
    void tick(Instant now) {
        if (started != null) {
            Duration d = Duration.between(started, ended != null ? ended : now);
            elapsed.set(Durations.readable(d));
        }
    }

    void stop(Instant at) {
        if (started != null && ended == null) {
            ended = at;
        }
    }

    public String id() {
        return id;
    }

    public StringProperty stepProperty() {
        return step;
    }

    public ObjectProperty<ResourceState> stateProperty() {
        return state;
    }

    public StringProperty elapsedProperty() {
        return elapsed;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public ObservableList<String> log() {
        return log;
    }
}
