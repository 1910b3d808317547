package io.labforge.ui.inspector;

import atlantafx.base.theme.Styles;
import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.Node;
import io.labforge.ui.LabDocument;
import io.labforge.ui.inspector.RoleField.Column;
import io.labforge.ui.inspector.RoleField.Table;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import static io.labforge.ui.inspector.ValueListEditor.push;

/**
 * A role setting that is a list of maps (load-balancer frontends, firewall rules) as a small
 * table: one row per entry with a typed cell per column, a remove button per row and an add
 * button. Cells are checked as they are typed; every change is one undoable command.
 */
final class TableEditor {

    private final LabDocument doc;
    private final Node node;
    private final String key;
    private final Table table;
    private final List<Map<String, Object>> rows;

    private TableEditor(LabDocument doc, Node node, String key, Table table) {
        this.doc = doc;
        this.node = node;
        this.key = key;
        this.table = table;
        this.rows = RoleLists.rows(node.role(), key);
    }

    static VBox of(LabDocument doc, Node node, String key, Table table) {
        return new TableEditor(doc, node, key, table).build();
    }

    private VBox build() {
        VBox box = new VBox(4);
        box.getStyleClass().add("role-table");
        HBox header = new HBox(6);
        for (Column c : table.columns()) {
            if (!c.second()) {
                Label h = new Label(c.header());
                h.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                size(h, c);
                header.getChildren().add(h);
            }
        }
        if (!rows.isEmpty()) {
            box.getChildren().add(header);
        }
        for (int i = 0; i < rows.size(); i++) {
            box.getChildren().add(row(i));
        }
        Button add = new Button("Add " + table.row(), new FontIcon("mdi2p-plus"));
        add.setId("insp-role-" + key + "-add");
        add.setOnAction(e -> push(doc, node, "Add " + table.row() + " to " + node.id(),
                r -> RoleLists.addRow(r, key, table.newRow().apply(RoleLists.rows(r, key)))));
        box.getChildren().add(add);
        return box;
    }

    private VBox row(int index) {
        HBox first = new HBox(6);
        HBox second = new HBox(6);
        for (Column c : table.columns()) {
            Control cell = cell(index, c);
            size(cell, c);
            (c.second() ? second : first).getChildren().add(cell);
        }
        Button remove = new Button(null, new FontIcon("mdi2c-close"));
        remove.setId(id(index, "remove"));
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        remove.setTooltip(new Tooltip("Remove this " + table.row()));
        remove.setOnAction(e -> push(doc, node, "Remove " + table.row() + " " + (index + 1) + " from " + node.id(),
                r -> RoleLists.removeRow(r, key, index)));
        first.getChildren().add(remove);
        VBox row = new VBox(2, first);
        if (!second.getChildren().isEmpty()) {
            row.getChildren().add(second);
        }
        row.getStyleClass().add("role-row");
        return row;
    }

    private Control cell(int index, Column c) {
        Object value = rows.get(index).get(c.key());
        return switch (c.type()) {
            case PORT -> text(index, c, value, this::portCheck, v -> v.isEmpty() ? null : Integer.valueOf(v));
            case TEXT -> text(index, c, value, (col, v) -> c.check().apply(v), v -> v.isEmpty() ? null : v);
            case CHOICE -> choice(index, c, value, c.choices(), c.choices().get(0));
            case REF -> choice(index, c, value, refs(), "pick");
            case NODES -> nodes(index, c, value);
        };
    }

    private TextField text(int index, Column c, Object value, java.util.function.BiFunction<Column, String, String> check,
                           java.util.function.Function<String, Object> convert) {
        String shown = value == null ? "" : String.valueOf(value);
        TextField field = Form.field(key(index, c.key()), shown, c.second() ? c.header().toLowerCase() : "",
                v -> v.isEmpty() ? (c.required() ? "required" : null) : check.apply(c, v) != null ? check.apply(c, v)
                        : c.unique() && taken(index, c, convert.apply(v)) ? "another " + table.row() + " has " + v : null,
                v -> push(doc, node, "Set " + c.header().toLowerCase() + " of " + table.row() + " " + (index + 1) + " of " + node.id(),
                        r -> RoleLists.setCell(r, key, index, c.key(), convert.apply(v))),
                why -> { });
        field.setTooltip(field.getTooltip() == null ? new Tooltip(c.header()) : field.getTooltip());
        return field;
    }

    private String portCheck(Column c, String v) {
        return Checks.optionalInt(v, 1, 65535) == null ? null : "a port from 1 to 65535";
    }

    private boolean taken(int index, Column c, Object value) {
        for (int i = 0; i < rows.size(); i++) {
            if (i != index && Objects.equals(rows.get(i).get(c.key()), value)) {
                return true;
            }
        }
        return false;
    }

    private ComboBox<String> choice(int index, Column c, Object value, List<String> items, String prompt) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id(index, c.key()));
        box.getItems().setAll(items);
        String current = value == null ? null : String.valueOf(value);
        box.setValue(current);
        box.setPromptText(prompt);
        box.setTooltip(new Tooltip(c.header()));
        String why = c.required() && current == null ? "required"
                : current != null && !items.contains(current) ? "'" + current + "' is not one of " + String.join(", ", items) : null;
        flag(box, why);
        box.valueProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(current)) {
                push(doc, node, "Set " + c.header().toLowerCase() + " of " + table.row() + " " + (index + 1) + " of " + node.id(),
                        r -> RoleLists.setCell(r, key, index, c.key(), b));
            }
        });
        return box;
    }

    /** Backends: a menu of the lab's guests with a check mark on each one picked. */
    private MenuButton nodes(int index, Column c, Object value) {
        List<String> picked = value instanceof List<?> l ? l.stream().map(String::valueOf).toList()
                : value == null ? List.of() : List.of(String.valueOf(value));
        MenuButton menu = new MenuButton(picked.isEmpty() ? "pick" : String.join(", ", picked));
        menu.setId(id(index, c.key()));
        List<String> offered = new ArrayList<>(guests().toList());
        picked.stream().filter(p -> !offered.contains(p)).forEach(offered::add);
        for (String id : offered) {
            CheckMenuItem item = new CheckMenuItem(id);
            item.setId(id(index, c.key()) + "-" + id);
            item.setSelected(picked.contains(id));
            item.setOnAction(e -> {
                List<String> next = new ArrayList<>(picked);
                if (item.isSelected()) {
                    next.add(id);
                } else {
                    next.remove(id);
                }
                push(doc, node, (item.isSelected() ? "Add backend " : "Remove backend ") + id + " of " + table.row() + " "
                        + (index + 1) + " of " + node.id(), r -> RoleLists.setCell(r, key, index, c.key(), next));
            });
            menu.getItems().add(item);
        }
        Lab lab = doc.current();
        String unknown = picked.stream().filter(p -> lab.node(p).isEmpty()).findFirst().orElse(null);
        flag(menu, picked.isEmpty() && c.required() ? "pick at least one " + c.header().toLowerCase().replaceAll("s$", "")
                : unknown != null ? "'" + unknown + "' is no node of this lab" : null);
        return menu;
    }

    private Stream<String> guests() {
        return doc.current().nodes().stream().filter(n -> !n.id().equals(node.id()))
                .filter(n -> doc.kinds().realization(n).isGuest()).map(Node::id);
    }

    private List<String> refs() {
        Lab lab = doc.current();
        return Stream.concat(lab.networks().stream().map(Network::id),
                lab.nodes().stream().map(Node::id).filter(id -> !id.equals(node.id()))).toList();
    }

    private static void flag(Control control, String why) {
        control.pseudoClassStateChanged(Styles.STATE_DANGER, why != null);
        if (why != null) {
            control.setTooltip(new Tooltip(why));
        }
    }

    private static void size(Control cell, Column c) {
        double w = switch (c.type()) {
            case PORT -> 72;
            case CHOICE -> 84;
            case REF -> 104;
            case TEXT, NODES -> 120;
        };
        cell.setPrefWidth(w);
        cell.setMinWidth(48);
        if (c.type() == RoleField.Type.NODES || c.type() == RoleField.Type.TEXT) {
            HBox.setHgrow(cell, Priority.ALWAYS);
            cell.setMaxWidth(Double.MAX_VALUE);
        }
    }

    private String key(int index, String what) {
        return "role-" + key + "-" + index + "-" + what;
    }

    private String id(int index, String what) {
        return "insp-" + key(index, what);
    }
}
