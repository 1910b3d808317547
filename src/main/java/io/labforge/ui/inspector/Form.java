package io.labforge.ui.inspector;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A two-column form whose text fields check what is typed as it is typed (flagged in place: red
 * border and the reason as tooltip and caption) and commit on Enter or when focus leaves, only
 * when the value is valid and changed.
 */
final class Form extends GridPane {

    private int row;

    Form() {
        getStyleClass().add("inspector-form");
        setHgap(8);
        setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(100);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        getColumnConstraints().addAll(labels, fields);
    }

    /**
     * @param check returns why the text is wrong, or {@code null} when it is fine
     */
    TextField text(String key, String label, String value, String prompt, Function<String, String> check,
                   Consumer<String> commit) {
        Label error = new Label();
        error.getStyleClass().addAll("field-error", Styles.TEXT_SMALL, Styles.DANGER);
        error.setWrapText(true);
        error.setManaged(false);
        error.setVisible(false);
        TextField field = field(key, value, prompt, check, commit, why -> {
            error.setText(why == null ? "" : why);
            error.setManaged(why != null);
            error.setVisible(why != null);
        });
        add(label, new javafx.scene.layout.VBox(2, field, error));
        return field;
    }

    /** A checked field on its own; {@code onCheck} hears the reason (or {@code null}) after each keystroke. */
    static TextField field(String key, String value, String prompt, Function<String, String> check,
                           Consumer<String> commit, Consumer<String> onCheck) {
        TextField field = new TextField(value == null ? "" : value);
        field.setId("insp-" + key);
        field.setPromptText(prompt);
        Runnable validate = () -> {
            String why = check.apply(field.getText().strip());
            field.pseudoClassStateChanged(Styles.STATE_DANGER, why != null);
            field.setTooltip(why == null ? null : new Tooltip(why));
            onCheck.accept(why);
        };
        field.textProperty().addListener((o, a, b) -> validate.run());
        // Enter commits, and so does the focus loss when the rebuilt form drops this field: commit a text once.
        String[] committed = {value == null ? "" : value};
        Runnable apply = () -> {
            String text = field.getText().strip();
            if (check.apply(text) == null && !Objects.equals(text, committed[0])) {
                committed[0] = text;
                commit.accept(text);
            }
        };
        field.setOnAction(e -> apply.run());
        field.focusedProperty().addListener((o, was, is) -> {
            if (was && !is) {
                apply.run();
            }
        });
        validate.run();
        return field;
    }

    <T> ComboBox<T> choice(String key, String label, List<T> items, T value, Consumer<T> commit) {
        ComboBox<T> box = new ComboBox<>();
        box.setId("insp-" + key);
        box.getItems().setAll(items);
        box.setValue(value);
        box.setMaxWidth(Double.MAX_VALUE);
        box.valueProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(value)) {
                commit.accept(b);
            }
        });
        add(label, box);
        return box;
    }

    void add(String label, Node control) {
        Label l = new Label(label);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        add(l, control);
    }

    void add(Node left, Node right) {
        add(left, 0, row);
        add(right, 1, row);
        row++;
    }

    void span(Node node) {
        add(node, 0, row, 2, 1);
        row++;
    }
}
