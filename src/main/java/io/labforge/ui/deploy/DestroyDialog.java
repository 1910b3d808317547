package io.labforge.ui.deploy;

import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

import java.util.Optional;

/** Asks for the lab's name before anything is destroyed. */
public final class DestroyDialog {

    private DestroyDialog() {
    }

    /** The name the user typed, empty if they cancelled; the Destroy button stays disabled until it matches. */
    public static Optional<String> ask(Window owner, String labName) {
        TextInputDialog d = new TextInputDialog();
        d.initOwner(owner);
        d.setTitle("Destroy lab");
        d.setHeaderText("Destroy removes every VM, container, bridge and pool the lab '" + labName
                + "' owns on Proxmox. This cannot be undone.");
        d.setContentText("Type the lab's name to confirm:");
        d.getEditor().setId("destroy-name");
        javafx.scene.Node ok = d.getDialogPane().lookupButton(ButtonType.OK);
        ((javafx.scene.control.Button) ok).setText("Destroy");
        ok.disableProperty().bind(d.getEditor().textProperty().isNotEqualTo(labName));
        return d.showAndWait();
    }
}
