package io.labforge.ui.help;

import io.labforge.ui.theme.Themes;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Help → Keyboard shortcuts: the table of {@link Shortcuts}, with a filter field. */
public final class ShortcutsDialog extends Dialog<ButtonType> {

    public static final String TABLE_ID = "shortcutsTable";
    public static final String FILTER_ID = "shortcutsFilter";

    private final FilteredList<Shortcut> rows;

    public ShortcutsDialog(List<Shortcut> shortcuts, String docsUrl) {
        setTitle("Keyboard shortcuts");
        setHeaderText("Keyboard shortcuts and mouse gestures");
        rows = new FilteredList<>(FXCollections.observableArrayList(shortcuts));

        TextField filter = new TextField();
        filter.setId(FILTER_ID);
        filter.setPromptText("Filter, e.g. undo or Ctrl+S");
        filter.textProperty().addListener((o, was, now) -> rows.setPredicate(s -> matches(s, now)));

        TableView<Shortcut> table = new TableView<>(rows);
        table.setId(TABLE_ID);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Group", Shortcut::group, 80));
        table.getColumns().add(column("Action", Shortcut::action, 150));
        table.getColumns().add(column("Keys", Shortcut::displayText, 190));
        table.getColumns().add(column("What it does", Shortcut::description, 360));
        table.setPlaceholder(new Label("No shortcut matches the filter"));
        VBox.setVgrow(table, Priority.ALWAYS);

        Label docs = new Label("The user guide: " + docsUrl);
        docs.getStyleClass().add("text-muted");
        VBox content = new VBox(8, filter, table, docs);
        content.setPrefSize(880, 560);
        getDialogPane().setContent(content);
        Themes.fitWidth(getDialogPane());
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        setResizable(true);
    }

    public ShortcutsDialog() {
        this(Shortcuts.all(), AboutDialog.DOCS_URL);
    }

    /** Rows now shown, after the filter. */
    List<Shortcut> visibleRows() {
        return List.copyOf(rows);
    }

    static boolean matches(Shortcut s, String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String f = filter.strip().toLowerCase(Locale.ROOT);
        return (s.group() + " " + s.action() + " " + s.displayText() + " " + s.description() + " " + s.id())
                .toLowerCase(Locale.ROOT).contains(f);
    }

    private static TableColumn<Shortcut, String> column(String title, Function<Shortcut, String> value, double width) {
        TableColumn<Shortcut, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 190)); // the short columns never shrink to "..."; the description flexes
        c.setSortable(false);
        return c;
    }
}
