package io.labforge.ui.deploy;

import io.labforge.deploy.engine.RunResult;
import io.labforge.deploy.event.DeployEvent;
import io.labforge.deploy.event.ResourceState;
import io.labforge.deploy.plan.Change;
import io.labforge.deploy.plan.Plan;
import io.labforge.deploy.plan.ResourceType;
import io.labforge.ui.canvas.StatusBadge;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a run looks like on screen: a row per resource, the overall bar with its estimate, the badges on
 * the canvas and the closing summary. Fed with batches of events on the FX thread.
 */
public final class Progress {

    private final ObservableList<ResourceRow> rows = FXCollections.observableArrayList();
    private final Map<String, ResourceRow> byId = new HashMap<>();
    private final ObservableMap<String, StatusBadge> badges = FXCollections.observableHashMap();
    private final DoubleProperty overall = new SimpleDoubleProperty(0);
    private final StringProperty timeLeft = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private Set<String> guests = Set.of();
    private Instant started;

    void showPlan(Plan p) {
        badges.clear();
        guests = p.changes().stream().filter(c -> c.type() == ResourceType.GUEST).map(Change::id).collect(Collectors.toSet());
        for (Change c : p.changes()) {
            if (c.type() == ResourceType.GUEST) {
                badges.put(c.id(), Badges.of(c));
            }
        }
    }

    /** Replaces the badges with {@code live}, touching only those that differ (each change repaints). */
    void showStatus(Map<String, StatusBadge> live) {
        badges.keySet().retainAll(live.keySet());
        live.forEach((id, b) -> {
            if (!b.equals(badges.get(id))) {
                badges.put(id, b);
            }
        });
    }

    void clearBadges() {
        badges.clear();
    }

    void start(Plan p, Map<String, Integer> stepsPerResource) {
        showPlan(p);
        resetRows(stepsPerResource);
    }

    /** A run with no deploy plan behind it (starting or stopping the lab): rows and badges for these guests. */
    void start(java.util.Collection<String> guestIds, Map<String, Integer> stepsPerResource) {
        badges.clear();
        guests = Set.copyOf(guestIds);
        resetRows(stepsPerResource);
    }

    private void resetRows(Map<String, Integer> stepsPerResource) {
        rows.clear();
        byId.clear();
        stepsPerResource.forEach((id, n) -> {
            ResourceRow r = new ResourceRow(id, n);
            rows.add(r);
            byId.put(id, r);
        });
        overall.set(0);
        timeLeft.set("");
        summary.set("");
        started = Instant.now();
    }

    void apply(List<DeployEvent> batch) {
        for (DeployEvent e : batch) {
            apply(e);
        }
        tick(Instant.now());
    }

    private void apply(DeployEvent e) {
        if (e instanceof DeployEvent.StepStarted s) {
            row(s.resource()).stepStarted(s.at(), s.title());
        } else if (e instanceof DeployEvent.StepFinished s) {
            row(s.resource()).stepFinished(s.at());
        } else if (e instanceof DeployEvent.LogLine l) {
            row(l.resource()).log(l.line());
        } else if (e instanceof DeployEvent.StepFailed f) {
            row(f.resource()).log((f.willRetry() ? "retrying after: " : "failed: ") + f.message());
            if (!f.willRetry()) {
                row(f.resource()).failed(f.message());
                badge(f.resource(), Badges.of(ResourceState.FAILED, null));
            }
        } else if (e instanceof DeployEvent.ResourceStatus s) {
            row(s.resource()).state(s.state(), s.address());
            badge(s.resource(), Badges.of(s.state(), s.address()));
        } else if (e instanceof DeployEvent.Progress p) {
            progress(p.done(), p.total());
        } else if (e instanceof DeployEvent.RunFinished r) {
            rows.forEach(x -> x.stop(r.at()));
        }
    }

    private void progress(int done, int total) {
        overall.set(total == 0 ? 1 : done / (double) total);
        if (done > 0 && done < total && started != null) {
            Duration spent = Duration.between(started, Instant.now());
            timeLeft.set("about " + Durations.readable(spent.multipliedBy(total - done).dividedBy(done)) + " left");
        } else if (done >= total) {
            timeLeft.set("");
        }
    }

    private void badge(String resource, StatusBadge b) {
        if (guests.contains(resource)) {
            badges.put(resource, b);
        }
    }

    private ResourceRow row(String id) {
        return byId.computeIfAbsent(id, k -> {
            ResourceRow r = new ResourceRow(k, 1);
            rows.add(r);
            return r;
        });
    }

    /** Refreshes elapsed times; called by the panel's clock while a run is going. */
    public void tick(Instant now) {
        rows.forEach(r -> r.tick(now));
    }

    /** Ends a run whose summary the caller wrote. */
    void finish(String text) {
        overall.set(1);
        timeLeft.set("");
        summary.set(text);
    }

    /** What a run did, below its rows; the outcome and time are the message line's ({@link #outcome}). */
    void finish(RunResult r, Path journal) {
        overall.set(1);
        timeLeft.set("");
        StringBuilder b = new StringBuilder();
        b.append(r.stepsDone()).append(" steps done");
        if (!r.failures().isEmpty()) {
            b.append(", ").append(r.failures().size()).append(" failed");
        }
        if (!r.addresses().isEmpty()) {
            b.append(". Addresses: ").append(r.addresses().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(x -> x.getKey() + " " + x.getValue()).collect(Collectors.joining(", ")));
        }
        b.append(". Journal: ").append(journal);
        summary.set(b.toString());
    }

    /** "Deploy succeeded in 7 s.", "Stop rolled back in 12 s, 1 failed." */
    static String outcome(String what, RunResult r) {
        return what + " " + r.outcome().name().toLowerCase().replace('_', ' ') + " in " + Durations.readable(r.took())
                + (r.failures().isEmpty() ? "." : ", " + r.failures().size() + " failed.");
    }

    public ObservableList<ResourceRow> rows() {
        return rows;
    }

    /** Node id to badge, bound to the canvas by the window. */
    public ObservableMap<String, StatusBadge> badges() {
        return badges;
    }

    public DoubleProperty overallProperty() {
        return overall;
    }

    public StringProperty timeLeftProperty() {
        return timeLeft;
    }

    public StringProperty summaryProperty() {
        return summary;
    }
}
