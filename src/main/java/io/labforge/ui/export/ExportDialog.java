package io.labforge.ui.export;

import io.labforge.io.export.ExportOptions;
import io.labforge.io.export.Exporter;
import io.labforge.io.export.Exporters;
import io.labforge.ui.LabDocument;
import io.labforge.ui.LogModel;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * Export the diagram as PNG (1x-4x, white or transparent) or SVG, or the lab as an OpenTofu file,
 * through the exporters the command line uses ({@link Exporters#builtin()}), so there is one
 * implementation of each format.
 */
public final class ExportDialog {

    /** What the user chose. */
    public record Choice(String format, int scale, boolean transparent) {
    }

    private final LabDocument doc;
    private final Exporters exporters;
    private final LogModel log;

    public ExportDialog(LabDocument doc, Exporters exporters, LogModel log) {
        this.doc = doc;
        this.exporters = exporters;
        this.log = log;
    }

    public List<String> formats() {
        return List.of("png", "svg", "tofu").stream().filter(f -> exporters.find(f).isPresent()).toList();
    }

    public void show(Window owner) {
        Dialog<Choice> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Export");
        d.setHeaderText("Export the diagram (PNG, SVG) or an OpenTofu file (tofu) of " + doc.current().name());
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(10);
        ComboBox<String> format = new ComboBox<>();
        format.setId("export-format");
        format.getItems().setAll(formats());
        format.getSelectionModel().selectFirst();
        ComboBox<Integer> scale = new ComboBox<>();
        scale.setId("export-scale");
        scale.getItems().setAll(1, 2, 3, 4);
        scale.setValue(2);
        ToggleGroup bg = new ToggleGroup();
        RadioButton white = new RadioButton("White");
        white.setToggleGroup(bg);
        white.setSelected(true);
        RadioButton transparent = new RadioButton("Transparent");
        transparent.setId("export-transparent");
        transparent.setToggleGroup(bg);
        g.addRow(0, new Label("Format"), format);
        g.addRow(1, new Label("Scale"), scale);
        g.addRow(2, new Label("Background"), new javafx.scene.layout.HBox(12, white, transparent));
        if (formats().isEmpty()) {
            g.addRow(3, new Label("No diagram exporter is available in this build."));
        }
        scale.disableProperty().bind(format.valueProperty().isNotEqualTo("png"));
        white.disableProperty().bind(format.valueProperty().isEqualTo("tofu"));
        transparent.disableProperty().bind(format.valueProperty().isEqualTo("tofu"));
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(format.valueProperty().isNull());
        d.setResultConverter(b -> b == ButtonType.OK
                ? new Choice(format.getValue(), scale.getValue(), transparent.isSelected()) : null);
        d.showAndWait().ifPresent(c -> {
            FileChooser fc = new FileChooser();
            fc.setTitle("Export " + c.format().toUpperCase());
            String extension = exporters.find(c.format()).map(Exporter::extension).orElse(c.format());
            fc.setInitialFileName(c.format().equals("tofu") ? "main.tf" : doc.current().name() + "." + extension);
            Optional.ofNullable(fc.showSaveDialog(owner)).ifPresent(f -> export(c, f.toPath()));
        });
    }

    /** Writes the export off the FX thread, to a temporary file first, then moves it into place. */
    public void export(Choice c, Path to) {
        Optional<Exporter> exporter = exporters.find(c.format());
        if (exporter.isEmpty()) {
            log.info("No exporter for " + c.format());
            return;
        }
        var lab = doc.current();
        long t0 = System.nanoTime();
        doc.tasks().run(() -> {
            Path dir = to.toAbsolutePath().getParent();
            Path tmp = Files.createTempFile(dir, ".export-", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                exporter.get().export(lab, new ExportOptions(c.scale(), c.transparent()), out);
            }
            Files.move(tmp, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return to;
        }, p -> log.info("Exported " + p + " (" + (System.nanoTime() - t0) / 1_000_000 + " ms)"),
                e -> log.info("Export failed: " + e.getMessage()));
    }
}
