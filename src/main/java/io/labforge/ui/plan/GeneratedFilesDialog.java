package io.labforge.ui.plan;

import io.labforge.deploy.provision.GeneratedFile;
import io.labforge.deploy.provision.LabRenderer;
import io.labforge.deploy.provision.Overrides;
import io.labforge.deploy.provision.ProvisionSettings;
import io.labforge.deploy.provision.RenderedLab;
import io.labforge.model.Lab;
import io.labforge.ui.LabDocument;
import io.labforge.ui.theme.Themes;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.List;

/** Shows the files provisioning would install (cloud-init, role configs), rendered off the FX thread. */
public final class GeneratedFilesDialog {

    private GeneratedFilesDialog() {
    }

    public static void show(LabDocument doc, Window owner) {
        Lab lab = doc.current();
        Path file = doc.fileProperty().get();
        doc.tasks().run(() -> new LabRenderer(doc.kinds(), new ProvisionSettings(ProvisionSettings.DEFAULT_USER, List.of()))
                .render(lab, file == null ? Overrides.NONE : Overrides.besideLabFile(file)), r -> open(r, owner), e -> open(null, owner));
    }

    private static void open(RenderedLab r, Window owner) {
        ListView<GeneratedFile> files = new ListView<>();
        files.setId("generated-files");
        TextArea text = new TextArea();
        text.setEditable(false);
        text.setStyle("-fx-font-family: 'DejaVu Sans Mono';");
        if (r != null) {
            files.getItems().setAll(r.files());
            r.errors().forEach(e -> text.appendText(e.owner() + ": " + e.message() + "\n"));
        } else {
            text.setText("The lab's files could not be rendered.");
        }
        files.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(GeneratedFile f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : f.owner() + " / " + f.name() + (f.installAt() == null ? "" : "  → " + f.installAt()));
            }
        });
        files.getSelectionModel().selectedItemProperty().addListener((o, a, f) -> text.setText(f == null ? "" : f.content()));
        SplitPane split = new SplitPane(files, text);
        split.setDividerPositions(0.35);
        split.setPrefSize(900, 520);
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Generated files");
        d.getDialogPane().setContent(split);
        Themes.fitWidth(d.getDialogPane());
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        d.show();
    }
}
