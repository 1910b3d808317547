package io.labforge.ui;

import io.labforge.app.AppInfo;
import io.labforge.ui.actions.Shortcuts;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Help menu: the shortcut list and the about box. */
final class HelpDialogs {

    private HelpDialogs() {
    }

    static void shortcuts(Window owner) {
        GridPane g = new GridPane();
        g.setId("shortcuts");
        g.setHgap(24);
        g.setVgap(4);
        int row = 0;
        for (Shortcuts.Shortcut s : Shortcuts.ALL) {
            Label keys = new Label(s.keys());
            keys.setStyle("-fx-font-family: 'DejaVu Sans Mono'; -fx-font-weight: bold;");
            g.addRow(row++, keys, new Label(s.action()));
        }
        Alert a = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        a.setTitle("Keyboard shortcuts");
        a.setHeaderText("Keyboard shortcuts");
        a.getDialogPane().setContent(g);
        a.initOwner(owner);
        a.show();
    }

    static void about(Window owner) {
        Alert a = new Alert(Alert.AlertType.INFORMATION,
                "Draw, validate and deploy homelabs to Proxmox VE.", ButtonType.CLOSE);
        a.setTitle("About Labforge");
        a.setHeaderText("Labforge " + AppInfo.version());
        a.initOwner(owner);
        a.show();
    }
}
