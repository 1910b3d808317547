package io.labforge.ui.deploy;

import io.labforge.ui.LabDocument;
import io.labforge.ui.actions.ToolButton;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;

/** "Start lab" and "Stop lab" in the Lab menu and the toolbar; a refusal shows in the Plan tab. */
public final class PowerActions {

    private final PowerModel model;
    private final DeployModel deploy;
    private final LabDocument doc;
    private final Runnable connect;

    public PowerActions(DeployModel deploy, LabDocument doc, java.util.function.Consumer<String> log, TabPane bottom, Tab planTab,
                        Runnable connect) {
        this.deploy = deploy;
        this.doc = doc;
        this.connect = connect;
        this.model = new PowerModel(deploy, doc.kinds(), log);
        model.refusalProperty().addListener((o, a, r) -> {
            if (!r.isBlank()) {
                bottom.getSelectionModel().select(planTab);
            }
        });
    }

    public void startLab() {
        if (deploy.targetProperty().get() == null) {
            connect.run();
            return;
        }
        model.start(doc.current());
    }

    public void stopLab(boolean force) {
        if (deploy.targetProperty().get() == null) {
            connect.run();
            return;
        }
        model.stop(doc.current(), force);
    }

    public PowerModel model() {
        return model;
    }

    /** Adds the items after the Lab menu's Deploy/Destroy and the buttons at the end of the toolbar's deploy group. */
    public void install(MenuBar bar, ToolBar tools) {
        for (Menu m : bar.getMenus()) {
            if (m.getText().replace("_", "").equals("Lab")) {
                m.getItems().addAll(new SeparatorMenuItem(), item("menu-start-lab", "Start lab", this::startLab),
                        item("menu-stop-lab", "Stop lab", () -> stopLab(false)),
                        item("menu-force-stop-lab", "Force stop lab", () -> stopLab(true)));
            }
        }
        Button start = ToolButton.of("tool-start-lab", "mdi2p-play-circle-outline", "Start lab: every guest, in dependency order", this::startLab);
        Button stop = ToolButton.of("tool-stop-lab", "mdi2s-stop-circle-outline", "Stop lab: shut every guest down, in reverse order",
                () -> stopLab(false));
        start.disableProperty().bind(deploy.runningProperty().or(deploy.busyProperty()));
        stop.disableProperty().bind(deploy.runningProperty().or(deploy.busyProperty()));
        int at = tools.getItems().size();
        for (int i = 0; i < tools.getItems().size(); i++) {
            if ("tool-destroy".equals(tools.getItems().get(i).getId())) {
                at = i + 1;
            }
        }
        tools.getItems().addAll(at, java.util.List.of(start, stop));
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setId(id);
        i.setOnAction(e -> action.run());
        return i;
    }
}
