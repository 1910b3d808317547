package io.labforge.ui.validate;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.labforge.edit.Command;
import io.labforge.ui.LabDocument;
import io.labforge.validate.Problem;
import io.labforge.validate.Severity;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;
import java.util.function.Consumer;

/**
 * The live problem list. A click selects the problem's objects and asks the canvas to centre them;
 * the Fix button applies the rule's quick fix as one undoable edit.
 */
public final class ProblemsView extends TableView<Problem> {

    public ProblemsView(LabDocument doc, Consumer<List<String>> focus) {
        setId("problems");
        getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        setPlaceholder(new Label("No problems: the lab passes every check."));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Problem, Problem> severity = column("", 34);
        severity.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Problem p, boolean empty) {
                super.updateItem(p, empty);
                setGraphic(empty || p == null ? null : icon(p.severity()));
            }
        });
        TableColumn<Problem, Problem> code = column("Code", 70);
        code.setCellFactory(c -> text(Problem::code));
        TableColumn<Problem, Problem> subjects = column("Objects", 150);
        subjects.setCellFactory(c -> text(p -> String.join(", ", p.subjects())));
        TableColumn<Problem, Problem> fix = column("Fix", 190);
        fix.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Problem p, boolean empty) {
                super.updateItem(p, empty);
                if (empty || p == null || !p.hasFix()) {
                    setGraphic(null);
                    return;
                }
                Button b = new Button(p.fix().description(), new FontIcon("mdi2a-auto-fix"));
                b.getStyleClass().addAll(Styles.SMALL, "quick-fix");
                b.setOnAction(e -> doc.push(Command.of(p.fix().description(), p.fix()::apply)));
                setGraphic(b);
            }
        });
        TableColumn<Problem, Problem> message = column("Problem", 400);
        message.setCellFactory(c -> text(p -> p.message() + (p.hint().isEmpty() ? "" : " — " + p.hint())));
        getColumns().setAll(List.of(severity, code, subjects, fix, message));
        doc.reportProperty().addListener((o, a, b) -> getItems().setAll(b.problems()));
        getItems().setAll(doc.reportProperty().get().problems());
        getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            if (p != null && !p.subjects().isEmpty()) {
                List<String> present = p.subjects().stream()
                        .filter(id -> doc.current().node(id).isPresent() || doc.current().network(id).isPresent()).toList();
                doc.selection().set(present);
                focus.accept(present);
            }
        });
    }

    private static TableColumn<Problem, Problem> column(String title, double width) {
        TableColumn<Problem, Problem> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        return c;
    }

    private static TableCell<Problem, Problem> text(java.util.function.Function<Problem, String> f) {
        return new TableCell<>() {
            @Override
            protected void updateItem(Problem p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : f.apply(p));
                setTooltip(empty || p == null || p.hint().isEmpty() ? null : new Tooltip(p.hint()));
            }
        };
    }

    static FontIcon icon(Severity s) {
        FontIcon i = new FontIcon(switch (s) {
            case ERROR -> "mdi2a-alert-circle";
            case WARNING -> "mdi2a-alert";
            case INFO -> "mdi2i-information-outline";
        });
        i.getStyleClass().add(switch (s) {
            case ERROR -> Styles.DANGER;
            case WARNING -> Styles.WARNING;
            case INFO -> Styles.ACCENT;
        });
        return i;
    }
}
