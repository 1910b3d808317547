package io.labforge.ui.welcome;

import io.labforge.deploy.plan.Plan;
import io.labforge.sandbox.SandboxConfig;
import io.labforge.ui.LabDocument;
import io.labforge.ui.canvas.LabCanvas;
import io.labforge.ui.connect.SandboxTarget;
import io.labforge.ui.deploy.DeployModel;
import io.labforge.ui.file.FileActions;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.kordamp.ikonli.javafx.FontIcon;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * "Try it on the sandbox": one action that opens a sample (or takes the lab on the canvas), starts the
 * built-in simulated Proxmox (or reuses the one already connected), plans, and leaves the Deploy button
 * focused, so the user's second click deploys. Every stage is reported through {@link #statusProperty()}.
 */
public final class SandboxRehearsal {

    /** Where the rehearsal is. */
    public enum Stage { IDLE, OPENING, STARTING, PLANNING, READY, DEPLOYING, DONE, FAILED, CANCELLED }

    private final LabDocument doc;
    private final FileActions files;
    private final DeployModel model;
    private final Window window;
    private final ReadOnlyObjectWrapper<Stage> stage = new ReadOnlyObjectWrapper<>(Stage.IDLE);
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<SandboxConfig> config =
            new SimpleObjectProperty<>(SandboxTarget.defaultConfig(SandboxTarget.WINDOW_SCALE));
    private int attempt;

    /**
     * The parts of the window a rehearsal uses.
     *
     * @param plan         plans the lab on the canvas and shows the Plan tab
     * @param deployButton the Plan tab's Deploy button, focused once the plan is shown
     * @param canvas       takes the focus while the deploy runs (so no text field catches keys)
     * @param overlay      shows a card over the canvas ({@code null} removes it)
     * @param revealBottom makes the plan and progress tabs tall enough to read
     */
    public record Window(Runnable plan, Supplier<Node> deployButton, LabCanvas canvas, Consumer<Node> overlay,
                         Runnable revealBottom) {
    }

    public SandboxRehearsal(LabDocument doc, FileActions files, DeployModel model, Window window) {
        this.doc = doc;
        this.files = files;
        this.model = model;
        this.window = window;
        model.runningProperty().addListener((o, a, running) -> {
            if (running && stage.get() == Stage.READY) {
                set(Stage.DEPLOYING, "Deploying to the sandbox: each guest's progress is in the Deploy tab and on the canvas.");
                window.canvas().requestFocus();
            }
        });
        model.resultProperty().addListener((o, a, r) -> {
            if (r != null && stage.get() == Stage.DEPLOYING) {
                set(r.outcome() == io.labforge.deploy.event.Outcome.SUCCEEDED ? Stage.DONE : Stage.FAILED,
                        "Deploy " + r.outcome().name().toLowerCase().replace('_', ' ') + " on the sandbox: "
                        + r.addresses().size() + " guests with an address (listed in the Deploy tab and on the canvas). "
                        + "Lab → Destroy… removes it all.");
            }
        });
    }

    /** Opens {@code sample}, then rehearses it. */
    public void trySample(Path sample) {
        if (refuseWhileRunning()) {
            return;
        }
        int mine = ++attempt;
        set(Stage.OPENING, "Opening " + sample.getFileName() + "…");
        window.overlay().accept(new RehearsalBanner(this));
        files.openSample(sample, () -> {
            if (mine == attempt) {
                rehearse();
                ReadableFit.apply(window.canvas(), doc.tasks()::onFx);
            }
        });
    }

    /** Deploys the lab on the canvas to the sandbox, up to the plan: the user approves with Deploy. */
    public void rehearse() {
        if (refuseWhileRunning()) {
            return;
        }
        int mine = ++attempt;
        window.overlay().accept(new RehearsalBanner(this));
        window.revealBottom().run();
        if (model.targetProperty().get() instanceof SandboxTarget running) {
            plan(mine, "Using the sandbox already running at " + running.sandbox().url() + ". ");
            return;
        }
        SandboxConfig c = config.get();
        set(Stage.STARTING, "Starting the sandbox (" + SandboxTarget.NATURE + ")…");
        doc.tasks().run(() -> SandboxTarget.start(c), t -> {
            if (mine != attempt) {
                doc.tasks().run(() -> {
                    t.close();
                    return null;
                }, x -> { }, e -> { });
                return;
            }
            model.connect(t);
            plan(mine, t.note().isEmpty() ? "" : t.note() + " ");
        }, e -> {
            if (mine == attempt) {
                set(Stage.FAILED, "The sandbox did not start: " + e.getMessage());
            }
        });
    }

    private void plan(int mine, String before) {
        set(Stage.PLANNING, before + "Computing the plan…");
        ChangeListener<Boolean> done = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean busy) {
                if (busy) {
                    return;
                }
                model.busyProperty().removeListener(this);
                // the model sets the plan just after clearing busy: look once it has
                doc.tasks().onFx(() -> {
                    if (mine == attempt) {
                        planned(before, model.planProperty().get());
                    }
                });
            }
        };
        model.busyProperty().addListener(done);
        window.plan().run();
        if (!model.busyProperty().get()) {
            // answered at once (a same-thread runner, or the model refused)
            model.busyProperty().removeListener(done);
            if (mine == attempt && stage.get() == Stage.PLANNING) {
                planned(before, model.planProperty().get());
            }
        }
    }

    private void planned(String before, Plan p) {
        if (p == null) {
            set(Stage.FAILED, "Could not plan: " + model.messageProperty().get());
        } else if (!p.blockers().isEmpty()) {
            set(Stage.FAILED, "The plan cannot be deployed: " + String.join("; ", p.blockers()) + ". See the Plan tab.");
        } else if (p.isEmpty()) {
            set(Stage.FAILED, "Already deployed on the sandbox: nothing to do. Lab → Destroy… removes it, then try again.");
        } else {
            set(Stage.READY, before + "Plan ready: " + p.summary() + ". Nothing has changed yet: press Deploy to build it "
                    + "on the sandbox (" + SandboxTarget.NATURE + ").");
            doc.tasks().onFx(() -> {
                Node deploy = window.deployButton().get();
                if (deploy != null) {
                    deploy.requestFocus();
                }
            });
        }
    }

    /** Stops a rehearsal that is starting or planning; a sandbox that comes up afterwards is closed. */
    public void cancel() {
        attempt++;
        set(Stage.CANCELLED, "Cancelled: nothing was deployed.");
        window.overlay().accept(null);
    }

    /** Hides the banner; a deploy already going keeps going. */
    public void dismiss() {
        if (stage.get() == Stage.STARTING || stage.get() == Stage.PLANNING || stage.get() == Stage.OPENING) {
            cancel();
        } else {
            window.overlay().accept(null);
        }
    }

    /** Adds "Rehearse on the sandbox" to the Lab menu, after its deploy entries. */
    public void addTo(MenuBar bar) {
        for (Menu m : bar.getMenus()) {
            if (m.getText().replace("_", "").equals("Lab")) {
                MenuItem item = new MenuItem("Rehearse on the sandbox", new FontIcon("mdi2t-test-tube"));
                item.setId("menu-rehearse");
                item.setOnAction(e -> rehearse());
                m.getItems().add(item);
            }
        }
    }

    private boolean refuseWhileRunning() {
        if (model.runningProperty().get() || model.busyProperty().get()) {
            set(Stage.FAILED, "A deploy or plan is running: wait for it, or cancel it in the Deploy tab, then try again.");
            window.overlay().accept(new RehearsalBanner(this));
            return true;
        }
        return false;
    }

    private void set(Stage s, String text) {
        stage.set(s);
        status.set(text);
    }

    public ReadOnlyObjectProperty<Stage> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** The sandbox a new rehearsal starts (tests use a faster clock). */
    public ObjectProperty<SandboxConfig> configProperty() {
        return config;
    }
}
