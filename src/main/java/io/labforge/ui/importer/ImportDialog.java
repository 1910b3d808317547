package io.labforge.ui.importer;

import io.labforge.deploy.port.Guest;
import io.labforge.ui.theme.Themes;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.List;
import java.util.Optional;

/** Asks which guests to import and what to call the new lab; every guest is ticked to begin with. */
final class ImportDialog {

    /** The user's choice. */
    record Choice(String labName, List<Integer> vmids) {
    }

    /** One guest in the list, with its tick. */
    static final class Item {
        final Guest guest;
        final BooleanProperty chosen = new SimpleBooleanProperty(true);

        Item(Guest guest) {
            this.guest = guest;
        }

        @Override
        public String toString() {
            Guest g = guest;
            return g.vmid() + "  " + (g.name() == null ? "(no name)" : g.name()) + "  — "
                    + (g.ref().type().name().equals("LXC") ? "container" : "VM") + " on " + g.ref().node() + ", "
                    + g.status().name().toLowerCase() + (g.pool() == null ? "" : ", pool " + g.pool())
                    + (g.tags().isEmpty() ? "" : ", tags " + String.join(";", g.tags().stream().sorted().toList()));
        }
    }

    private ImportDialog() {
    }

    static Optional<Choice> ask(Window owner, String source, List<Guest> guests) {
        Dialog<Choice> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Import from Proxmox");
        d.setHeaderText("Choose the guests to draw on a new canvas. Bridges and VLANs they use become networks.");
        d.getDialogPane().setId("import-dialog");
        TextField name = new TextField("imported");
        name.setId("import-name");
        ListView<Item> list = new ListView<>();
        list.setId("import-guests");
        guests.forEach(g -> list.getItems().add(new Item(g)));
        list.setCellFactory(CheckBoxListCell.forListView(i -> i.chosen));
        list.setPrefSize(760, 320);
        list.setPlaceholder(new Label("No VMs or containers on " + source + " (templates are not imported)."));
        Button all = new Button("Select all");
        all.setId("import-all");
        all.setOnAction(e -> list.getItems().forEach(i -> i.chosen.set(true)));
        Button none = new Button("Select none");
        none.setId("import-none");
        none.setOnAction(e -> list.getItems().forEach(i -> i.chosen.set(false)));
        Label from = new Label("From " + source + ": " + guests.size() + " guests");
        d.getDialogPane().setContent(new VBox(8, new HBox(8, new Label("Lab name"), name), from, list, new HBox(8, all, none)));
        ButtonType importType = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(importType, ButtonType.CANCEL);
        Themes.fitWidth(d.getDialogPane());
        Button ok = (Button) d.getDialogPane().lookupButton(importType);
        ok.setId("import-ok");
        ok.disableProperty().bind(Bindings.createBooleanBinding(() -> name.getText().isBlank(), name.textProperty()));
        d.setResultConverter(b -> b == importType ? new Choice(name.getText().strip(),
                list.getItems().stream().filter(i -> i.chosen.get()).map(i -> i.guest.vmid()).toList()) : null);
        if (owner != null && owner.getScene() != null) {
            d.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        return d.showAndWait();
    }
}
