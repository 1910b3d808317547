package io.labforge.ui;

import atlantafx.base.theme.Styles;
import io.labforge.ui.canvas.LabCanvas;
import io.labforge.validate.ValidationReport;
import javafx.collections.SetChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/** Bottom line: what the lab holds, the selection, problem counts and the zoom. */
final class StatusBar extends HBox {

    private final Label counts = new Label();
    private final Label selection = new Label();
    private final Label errors = new Label("0", new FontIcon("mdi2a-alert-circle"));
    private final Label warnings = new Label("0", new FontIcon("mdi2a-alert"));
    private final Label zoom = new Label();

    StatusBar(LabDocument doc, LabCanvas canvas) {
        setId("status-bar");
        getStyleClass().add("status-bar");
        setSpacing(18);
        errors.setId("status-errors");
        warnings.setId("status-warnings");
        selection.setId("status-selection");
        zoom.setId("status-zoom");
        errors.getStyleClass().add(Styles.DANGER);
        warnings.getStyleClass().add(Styles.WARNING);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        getChildren().addAll(counts, selection, grow, errors, warnings, zoom);
        doc.labProperty().addListener((o, a, b) -> counts.setText(b.nodes().size() + " nodes · " + b.networks().size() + " networks"));
        counts.setText(doc.current().nodes().size() + " nodes · " + doc.current().networks().size() + " networks");
        doc.selection().ids().addListener((SetChangeListener<String>) c -> {
            int n = doc.selection().ids().size();
            selection.setText(n == 0 ? "" : n == 1 ? "Selected: " + doc.selection().single() : n + " selected");
        });
        doc.reportProperty().addListener((o, a, b) -> problems(b));
        canvas.zoomProperty().addListener((o, a, b) -> zoom.setText(Math.round(b.doubleValue() * 100) + " %"));
        zoom.setText("100 %");
    }

    /** Adds an item after the selection text (e.g. the live status line). */
    void add(javafx.scene.Node item) {
        getChildren().add(getChildren().indexOf(selection) + 1, item);
    }

    private void problems(ValidationReport r) {
        errors.setText(r.errorCount() + (r.errorCount() == 1 ? " error" : " errors"));
        warnings.setText(r.warningCount() + (r.warningCount() == 1 ? " warning" : " warnings"));
    }
}
