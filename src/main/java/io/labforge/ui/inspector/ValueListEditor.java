package io.labforge.ui.inspector;

import atlantafx.base.theme.Styles;
import io.labforge.edit.Command;
import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.Node;
import io.labforge.ui.LabDocument;
import io.labforge.ui.inspector.RoleField.Offer;
import io.labforge.ui.inspector.RoleField.Values;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A role setting that is a list of plain values (packages, allowFrom, labels...): one checked field
 * per value with a remove button, a field to add one, and a menu of the lab's networks or nodes
 * where the setting names them. Every change is one undoable command.
 */
final class ValueListEditor {

    private ValueListEditor() {
    }

    static VBox of(LabDocument doc, Node node, String key, Values field) {
        Lab lab = doc.current();
        List<String> values = RoleLists.values(node.role(), key);
        VBox box = new VBox(4);
        box.getStyleClass().add("role-list");
        String base = "role-" + key;
        for (int i = 0; i < values.size(); i++) {
            int index = i;
            TextField text = Form.field(base + "-" + i, values.get(i), "remove " + field.item(),
                    v -> v.isEmpty() ? null : field.check().apply(lab, v),
                    v -> push(doc, node, "Set " + key + " of " + node.id(), r -> RoleLists.setValue(r, key, index, v)),
                    why -> { });
            HBox.setHgrow(text, Priority.ALWAYS);
            Button remove = new Button(null, new FontIcon("mdi2c-close"));
            remove.setId("insp-" + base + "-" + i + "-remove");
            remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
            remove.setOnAction(e -> push(doc, node, "Remove " + field.item() + " " + values.get(index) + " from " + node.id(),
                    r -> RoleLists.removeValue(r, key, index)));
            box.getChildren().add(new HBox(6, text, remove));
        }
        TextField add = Form.field(base + "-new", "", "add " + field.item(),
                v -> v.isEmpty() ? null : field.check().apply(lab, v),
                v -> push(doc, node, "Add " + field.item() + " " + v + " to " + node.id(), r -> RoleLists.addValue(r, key, v)),
                why -> { });
        HBox.setHgrow(add, Priority.ALWAYS);
        HBox addLine = new HBox(6, add);
        List<String> offers = offers(lab, node, field.offer()).filter(id -> !values.contains(id)).toList();
        if (!offers.isEmpty()) {
            MenuButton pick = new MenuButton(null, new FontIcon("mdi2p-plus"));
            pick.setId("insp-" + base + "-pick");
            for (String id : offers) {
                MenuItem item = new MenuItem(id);
                item.setOnAction(e -> push(doc, node, "Add " + field.item() + " " + id + " to " + node.id(),
                        r -> RoleLists.addValue(r, key, id)));
                pick.getItems().add(item);
            }
            addLine.getChildren().add(pick);
        }
        box.getChildren().add(addLine);
        return box;
    }

    static Stream<String> offers(Lab lab, Node owner, Offer offer) {
        Stream<String> networks = lab.networks().stream().map(Network::id);
        return switch (offer) {
            case NOTHING -> Stream.empty();
            case NETWORKS -> networks;
            case NODES_AND_NETWORKS -> Stream.concat(networks,
                    lab.nodes().stream().map(Node::id).filter(id -> !id.equals(owner.id())));
        };
    }

    static void push(LabDocument doc, Node node, String description, UnaryOperator<Map<String, Object>> change) {
        String id = node.id();
        doc.push(Command.of(description, lab -> lab.updateNode(id, n -> n.withRole(change.apply(n.role())))));
    }
}
