package io.labforge.ui.file;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** {@link Dialogs} as JavaFX dialogs and file choosers. */
public final class FxDialogs implements Dialogs {

    private final Supplier<Window> owner;

    public FxDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    private static FileChooser chooser(String title) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Lab files", "*.yaml", "*.yml", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        return c;
    }

    @Override
    public Optional<Path> chooseOpen() {
        return Optional.ofNullable(chooser("Open lab").showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSave(String suggestedName) {
        FileChooser c = chooser("Save lab");
        c.setInitialFileName(suggestedName);
        return Optional.ofNullable(c.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Unsaved askUnsaved(String labName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "Save the changes to " + labName + " first?",
                save, discard, ButtonType.CANCEL);
        a.setHeaderText("Unsaved changes");
        a.initOwner(owner.get());
        ButtonType answer = a.showAndWait().orElse(ButtonType.CANCEL);
        return answer == save ? Unsaved.SAVE : answer == discard ? Unsaved.DISCARD : Unsaved.CANCEL;
    }

    @Override
    public boolean askRestore(String labName) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION,
                "Labforge did not close normally. Restore the unsaved changes to " + labName + "?",
                ButtonType.YES, ButtonType.NO);
        a.setHeaderText("Restore unsaved work");
        a.initOwner(owner.get());
        return a.showAndWait().orElse(ButtonType.NO) == ButtonType.YES;
    }

    @Override
    public void error(String title, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        a.setHeaderText(title);
        a.initOwner(owner.get());
        a.show();
    }
}
