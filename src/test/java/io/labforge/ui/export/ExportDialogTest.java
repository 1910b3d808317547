package io.labforge.ui.export;

import io.labforge.io.LabFiles;
import io.labforge.io.export.Exporters;
import io.labforge.kind.NodeKinds;
import io.labforge.ui.LabDocument;
import io.labforge.ui.LogModel;
import io.labforge.ui.task.SameThreadTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The export dialog's action goes through the registry the command line uses. */
class ExportDialogTest {

    @TempDir
    Path dir;

    @Test
    void exportsTheHomelabAsPngAt2xAndAsSvg() throws Exception {
        LabDocument doc = new LabDocument(NodeKinds.builtin(), new SameThreadTaskRunner());
        doc.replace(LabFiles.read(Path.of("assets/samples/homelab.yaml")), null);
        LogModel log = new LogModel();
        ExportDialog export = new ExportDialog(doc, Exporters.builtin(), log);
        assertThat(export.formats()).containsExactly("png", "svg", "tofu");

        Path png1 = dir.resolve("lab1.png");
        export.export(new ExportDialog.Choice("png", 1, false), png1);
        Path png = dir.resolve("lab.png");
        long t0 = System.nanoTime();
        export.export(new ExportDialog.Choice("png", 2, true), png);
        System.out.printf("bench: PNG export of the homelab at 2x: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        BufferedImage one = ImageIO.read(png1.toFile());
        BufferedImage two = ImageIO.read(png.toFile());
        assertThat(two.getWidth()).isBetween(2 * one.getWidth() - 2, 2 * one.getWidth() + 2);
        assertThat(two.getColorModel().hasAlpha()).isTrue();

        Path svg = dir.resolve("lab.svg");
        export.export(new ExportDialog.Choice("svg", 1, false), svg);
        assertThat(Files.readString(svg)).contains("<svg").contains("fw1");
        assertThat(log.lines()).anyMatch(l -> l.contains("Exported " + svg));

        Path tf = dir.resolve("main.tf");
        export.export(new ExportDialog.Choice("tofu", 1, false), tf);
        assertThat(Files.readString(tf)).contains("resource \"proxmox_virtual_environment_vm\" \"fw1\"");
        try (var files = Files.list(dir)) {
            assertThat(files).noneMatch(f -> f.getFileName().toString().startsWith(".export-"));
        }
    }
}
