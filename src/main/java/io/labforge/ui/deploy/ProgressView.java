package io.labforge.ui.deploy;

import io.labforge.deploy.engine.Decision;
import io.labforge.deploy.engine.StepFailure;
import io.labforge.deploy.event.ResourceState;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ProgressBarTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.time.Instant;
import java.util.List;

/**
 * The Deploy tab: a row per resource (status, step, elapsed, progress, address), the overall bar with
 * the time left, the live log of the selected resource, Cancel, the failure question and the summary.
 */
public final class ProgressView extends BorderPane {

    private final TableView<ResourceRow> table;
    private final ListView<String> log = new ListView<>();

    public ProgressView(DeployModel model) {
        setId("deploy-view");
        Progress p = model.progress();
        table = new TableView<>(p.rows());
        table.setId("deploy-rows");
        table.setPlaceholder(new Label("Deploy progress appears here while a deploy runs."));
        table.getColumns().add(column("", 32, r -> new ReadOnlyObjectWrapper<>(Badges.icon(r.stateProperty().get())), r -> r.stateProperty()));
        TableColumn<ResourceRow, String> id = new TableColumn<>("Resource");
        id.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().id()));
        id.setPrefWidth(150);
        TableColumn<ResourceRow, ResourceState> state = new TableColumn<>("Status");
        state.setCellValueFactory(c -> c.getValue().stateProperty());
        state.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ResourceState s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : readable(s));
            }
        });
        state.setPrefWidth(110);
        TableColumn<ResourceRow, String> step = new TableColumn<>("Step");
        step.setCellValueFactory(c -> c.getValue().stepProperty());
        step.setPrefWidth(210);
        TableColumn<ResourceRow, String> elapsed = new TableColumn<>("Elapsed");
        elapsed.setCellValueFactory(c -> c.getValue().elapsedProperty());
        elapsed.setPrefWidth(80);
        TableColumn<ResourceRow, Double> bar = new TableColumn<>("Progress");
        bar.setCellValueFactory(c -> c.getValue().progressProperty().asObject());
        bar.setCellFactory(ProgressBarTableCell.forTableColumn());
        bar.setPrefWidth(90);
        TableColumn<ResourceRow, String> ip = new TableColumn<>("Address");
        ip.setCellValueFactory(c -> c.getValue().addressProperty());
        ip.setPrefWidth(110);
        TableColumn<ResourceRow, String> error = new TableColumn<>("Error");
        error.setCellValueFactory(c -> c.getValue().errorProperty());
        error.setPrefWidth(300);
        table.getColumns().addAll(java.util.List.of(id, state, step, elapsed, bar, ip, error));
        log.setId("deploy-log");
        Label pick = new Label("Select a resource to follow its Proxmox task log and SSH output.");
        pick.setWrapText(true); // the log pane may be narrow: the hint wraps rather than ending in "..."
        pick.setStyle("-fx-padding: 8;");
        log.setPlaceholder(pick);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            log.setItems(r == null ? FXCollections.observableArrayList() : r.log());
            if (r != null) {
                log.scrollTo(Math.max(0, r.log().size() - 1));
            }
        });
        SplitPane split = new SplitPane(table, log);
        split.setDividerPositions(0.62);
        setCenter(split);
        Label message = new Label();
        message.setId("deploy-message");
        message.textProperty().bind(model.messageProperty());
        message.setStyle("-fx-padding: 0 6 2 6;");
        setTop(new VBox(overall(model), message, failureBar(model)));
        Label summary = new Label();
        summary.setId("deploy-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(p.summaryProperty());
        summary.setStyle("-fx-padding: 4 6 4 6;");
        setBottom(summary);
        Timeline clock = new Timeline(new KeyFrame(Duration.millis(500), e -> p.tick(Instant.now())));
        clock.setCycleCount(Timeline.INDEFINITE);
        model.runningProperty().addListener((o, a, running) -> {
            if (running) {
                clock.play();
            } else {
                clock.stop();
            }
        });
    }

    private static HBox overall(DeployModel model) {
        ProgressBar overall = new ProgressBar();
        overall.setId("deploy-overall");
        overall.progressProperty().bind(model.progress().overallProperty());
        overall.setPrefWidth(260);
        Label left = new Label();
        left.setId("deploy-time-left");
        left.textProperty().bind(model.progress().timeLeftProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button cancel = new Button("Cancel");
        cancel.setId("deploy-cancel");
        cancel.setOnAction(e -> model.cancel(false));
        Button rollBack = new Button("Cancel and roll back");
        rollBack.setId("deploy-cancel-rollback");
        rollBack.setOnAction(e -> model.cancel(true));
        cancel.disableProperty().bind(model.runningProperty().not());
        rollBack.disableProperty().bind(model.runningProperty().not());
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        rollBack.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(8, overall, left, grow, cancel, rollBack);
        box.setStyle("-fx-padding: 4 6 4 6; -fx-alignment: center-left;");
        return box;
    }

    private static HBox failureBar(DeployModel model) {
        Label what = new Label();
        what.setId("deploy-failure");
        what.setWrapText(true);
        what.setStyle("-fx-text-fill: #b71c1c;");
        Button retry = button("deploy-retry", "Retry step", () -> model.answer(Decision.RETRY));
        Button skip = button("deploy-continue", "Continue", () -> model.answer(Decision.CONTINUE));
        Button back = button("deploy-rollback", "Roll back", () -> model.answer(Decision.ROLL_BACK));
        Button stop = button("deploy-abort", "Stop", () -> model.answer(Decision.ABORT));
        // a long Proxmox message wraps in the label; it never pushes the answers out of the window
        what.setMinWidth(0);
        what.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(what, Priority.ALWAYS);
        for (Button b : List.of(retry, skip, back, stop)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox box = new HBox(8, what, retry, skip, back, stop);
        box.setId("deploy-failure-bar");
        box.setStyle("-fx-padding: 4 6 4 6; -fx-alignment: center-left; -fx-background-color: #fdecea;");
        box.visibleProperty().bind(model.failureProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        model.failureProperty().addListener((o, a, f) -> what.setText(f == null ? "" : describe(f)));
        return box;
    }

    /** "Configuring" rather than "CONFIGURING": a status, not a constant. */
    static String readable(ResourceState s) {
        String name = s.name().toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String describe(StepFailure f) {
        return "Step \"" + f.step().id() + "\" failed after " + f.attempts() + (f.attempts() == 1 ? " try" : " tries")
                + ": " + f.message() + ". Retry the step, continue without it, or roll back what this run created?";
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static <T> TableColumn<ResourceRow, T> column(String title, double width,
            javafx.util.Callback<ResourceRow, javafx.beans.value.ObservableValue<T>> value,
            javafx.util.Callback<ResourceRow, javafx.beans.Observable> dependency) {
        TableColumn<ResourceRow, T> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> javafx.beans.binding.Bindings.createObjectBinding(
                () -> value.call(cell.getValue()).getValue(), dependency.call(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    public TableView<ResourceRow> table() {
        return table;
    }
}
