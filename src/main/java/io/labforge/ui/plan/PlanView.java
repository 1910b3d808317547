package io.labforge.ui.plan;

import io.labforge.deploy.plan.Change;
import io.labforge.deploy.plan.Plan;
import io.labforge.deploy.plan.PropertyChange;
import io.labforge.ui.deploy.DeployModel;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.Comparator;
import java.util.List;

/**
 * The Plan tab: what a deploy would change, one entry per resource (changes first, with the reason for
 * each replacement and the properties that differ), and the Deploy button that approves it.
 */
public final class PlanView extends BorderPane {

    private final TreeView<String> tree = new TreeView<>(new TreeItem<>("plan"));
    private final Label summary = new Label("Connect to Proxmox (or the sandbox), then press Plan to see what a deploy would change.");

    public PlanView(DeployModel model, Runnable plan, Runnable generatedFiles) {
        setId("plan-view");
        tree.setId("plan-tree");
        tree.setShowRoot(false);
        summary.setId("plan-summary");
        summary.setWrapText(true);
        Button again = new Button("Plan");
        again.setId("plan-refresh");
        again.setOnAction(e -> plan.run());
        again.disableProperty().bind(model.targetProperty().isNull().or(model.busyProperty()).or(model.runningProperty()));
        Button files = new Button("Generated files…");
        files.setId("plan-files");
        files.setOnAction(e -> generatedFiles.run());
        Button deploy = new Button("Deploy");
        deploy.setId("plan-deploy");
        deploy.getStyleClass().add("accent");
        deploy.setOnAction(e -> model.deploy());
        deploy.disableProperty().bind(model.planProperty().isNull().or(model.runningProperty())
                .or(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> model.planProperty().get() != null && !model.planProperty().get().blockers().isEmpty(),
                        model.planProperty())));
        // a long message wraps; it never squeezes the buttons to "..."
        summary.setMinWidth(0);
        summary.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(summary, Priority.ALWAYS);
        for (Button b : List.of(again, files, deploy)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(8, summary, again, files, deploy);
        bar.getStyleClass().add("plan-bar");
        bar.setStyle("-fx-padding: 4 6 4 6; -fx-alignment: center-left;");
        setTop(bar);
        setCenter(tree);
        model.planProperty().addListener((o, a, p) -> show(p));
        model.messageProperty().addListener((o, a, m) -> {
            if (model.planProperty().get() == null && !m.isBlank()) {
                summary.setText(m);
            }
        });
    }

    private void show(Plan p) {
        TreeItem<String> root = tree.getRoot();
        root.getChildren().clear();
        if (p == null) {
            return;
        }
        summary.setText(p.summary() + (p.hasDrift() ? " (includes drift: changes made outside Labforge)" : ""));
        p.blockers().forEach(b -> root.getChildren().add(new TreeItem<>("✖ cannot deploy: " + b)));
        p.warnings().forEach(w -> root.getChildren().add(new TreeItem<>("⚠ " + w)));
        p.changes().stream()
                .sorted(Comparator.comparing((Change c) -> !c.isChange()).thenComparing(c -> c.type().ordinal()).thenComparing(Change::id))
                .forEach(c -> root.getChildren().add(item(c)));
    }

    private static TreeItem<String> item(Change c) {
        StringBuilder b = new StringBuilder();
        b.append(c.action().symbol()).append(' ').append(c.id()).append("  (").append(c.type().name().toLowerCase())
                .append(c.node() == null ? "" : " on " + c.node()).append(")  ").append(c.action().name().toLowerCase());
        if (c.reason() != null && !c.reason().isBlank()) {
            b.append(": ").append(c.reason());
        }
        if (c.drift()) {
            b.append("  [drift]");
        }
        TreeItem<String> item = new TreeItem<>(b.toString());
        for (PropertyChange pc : c.properties()) {
            item.getChildren().add(new TreeItem<>(pc.name() + ": " + show(pc.from()) + " → " + show(pc.to())
                    + (pc.drift() ? "  (changed outside Labforge)" : "")));
        }
        item.setExpanded(c.isChange());
        return item;
    }

    private static String show(String v) {
        return v == null || v.isEmpty() ? "—" : v;
    }
}
