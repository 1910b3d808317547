package io.labforge.ui.deploy;

import io.labforge.model.Lab;
import io.labforge.ui.LabDocument;
import io.labforge.ui.LogModel;
import io.labforge.ui.actions.ToolButton;
import io.labforge.ui.canvas.LabCanvas;
import io.labforge.ui.connect.SandboxTarget;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Connect, Plan, Deploy and Destroy as the toolbar and the Lab menu offer them, and the glue that keeps
 * the canvas badges and the bottom tabs in step with the deploy model.
 */
public final class DeployActions {

    private final DeployModel model;
    private final LabDocument doc;
    private final LogModel log;
    private final TabPane bottom;
    private final Tab planTab;
    private final Tab deployTab;
    private final Runnable connectDialog;
    private final java.util.function.Function<String, Optional<String>> askName;
    private final LiveStatus live;

    /** @param revealBottom makes the bottom panes tall enough to read the progress and answer a failure */
    public DeployActions(DeployModel model, LabDocument doc, LabCanvas canvas, LogModel log, TabPane bottom, Tab planTab,
                         Tab deployTab, Runnable revealBottom, Runnable connectDialog,
                         java.util.function.Function<String, Optional<String>> askName) {
        this.model = model;
        this.doc = doc;
        this.log = log;
        this.bottom = bottom;
        this.planTab = planTab;
        this.deployTab = deployTab;
        this.connectDialog = connectDialog;
        this.askName = askName;
        Bindings.bindContent(canvas.statusBadges(), model.progress().badges());
        this.live = new LiveStatus(model, doc.tasks(), doc::current, canvas.sceneProperty()
                .flatMap(javafx.scene.Scene::windowProperty).flatMap(javafx.stage.Window::showingProperty).orElse(false));
        model.planProperty().addListener((o, a, p) -> {
            if (p != null && !model.runningProperty().get()) {
                bottom.getSelectionModel().select(planTab);
            }
        });
        Runnable showProgress = () -> {
            bottom.getSelectionModel().select(deployTab);
            revealBottom.run();
        };
        model.runningProperty().addListener((o, a, r) -> {
            if (r) {
                showProgress.run();
            }
        });
        // the question waits for the user: show it wherever they were looking, however small the panes were
        model.failureProperty().addListener((o, a, f) -> {
            if (f != null) {
                showProgress.run();
            }
        });
    }

    public void connect() {
        connectDialog.run();
    }

    /** Starts the built-in simulated Proxmox and connects to it. */
    public void useSandbox() {
        useSandbox(SandboxTarget.defaultConfig(SandboxTarget.WINDOW_SCALE), t -> { });
    }

    public void useSandbox(io.labforge.sandbox.SandboxConfig config, Consumer<SandboxTarget> started) {
        model.messageProperty().set("Starting the sandbox…");
        doc.tasks().run(() -> SandboxTarget.start(config), t -> {
            model.connect(t);
            model.messageProperty().set("Connected to " + t.label() + ". Press Plan.");
            started.accept(t);
        }, e -> log.info("Sandbox: " + e.getMessage()));
    }

    public void plan() {
        if (model.targetProperty().get() == null) {
            connect();
            return;
        }
        bottom.getSelectionModel().select(planTab);
        model.plan(doc.current());
    }

    /** Deploys the plan on show; without one, plans first (the user approves with the Plan tab's Deploy). */
    public void deploy() {
        if (model.planProperty().get() == null) {
            plan();
        } else {
            model.deploy();
        }
    }

    public void destroy() {
        if (model.targetProperty().get() == null) {
            connect();
            return;
        }
        Lab lab = doc.current();
        askName.apply(lab.name()).ifPresent(typed -> {
            if (!model.destroy(lab, typed)) {
                log.info("Destroy: the name typed does not match '" + lab.name() + "'; nothing was removed.");
            }
        });
    }

    /** Refreshes the canvas badges from Proxmox between runs. */
    public LiveStatus liveStatus() {
        return live;
    }

    /** The status bar's line for the live status; a click reads again at once. */
    public Node statusItem() {
        javafx.scene.control.Label l = new javafx.scene.control.Label();
        l.setId("status-live");
        l.textProperty().bind(live.lineProperty());
        l.setTooltip(new Tooltip("Node badges are refreshed from Proxmox every few seconds between runs. Click to refresh now."));
        l.setOnMouseClicked(e -> live.refresh());
        return l;
    }

    /** Connect, Plan, Deploy and Destroy buttons for the toolbar. */
    public List<Node> toolItems() {
        Button plan = ToolButton.of("tool-plan", "mdi2c-clipboard-list-outline", "Plan: what a deploy would change", this::plan);
        Button deploy = ToolButton.of("tool-deploy", "mdi2r-rocket-launch-outline", "Deploy the plan", this::deploy);
        Button destroy = ToolButton.of("tool-destroy", "mdi2d-delete-forever-outline", "Destroy the lab on Proxmox", this::destroy);
        plan.disableProperty().bind(model.runningProperty().or(model.busyProperty()));
        deploy.disableProperty().bind(model.runningProperty().or(model.busyProperty()));
        destroy.disableProperty().bind(model.runningProperty().or(model.busyProperty()));
        return List.of(new Separator(),
                ToolButton.of("tool-connect", "mdi2l-lan-connect", "Connect to Proxmox or the sandbox", this::connect),
                plan, deploy, destroy);
    }

    /** Replaces the Lab menu's disabled Plan/Deploy/Destroy placeholders with working items. */
    public void install(MenuBar bar, ToolBar tools) {
        tools.getItems().addAll(tools.getItems().size() - 1, toolItems());
        for (Menu m : bar.getMenus()) {
            if (m.getText().replace("_", "").equals("Lab")) {
                m.getItems().removeIf(i -> i.isDisable() && i.getText() != null && i.getText().contains("Proxmox connection"));
                m.getItems().addAll(item("Connect to Proxmox…", this::connect), item("Use the sandbox", this::useSandbox),
                        item("Plan", this::plan), item("Deploy", this::deploy), item("Destroy…", this::destroy));
            }
        }
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setOnAction(e -> action.run());
        return i;
    }
}
