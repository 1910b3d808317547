package io.labforge.io.diagram;

import io.labforge.io.LabFileException;
import io.labforge.io.LabFiles;
import io.labforge.io.export.ExportOptions;
import io.labforge.io.export.Exporter;
import io.labforge.io.export.Exporters;
import io.labforge.model.Lab;
import io.labforge.model.Node;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shipped samples through the registered exporters, and back through DiagramImport. */
class SampleExportTest {

    @TempDir
    Path dir;

    static Stream<String> samples() throws IOException {
        try (Stream<Path> files = Files.list(project().resolve("assets/samples"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList().stream();
        }
    }

    /** Kept after the build so .ci/run can check them with xmllint and the file viewer. */
    static final Path KEPT = project().resolve("target/diagram-export");

    @ParameterizedTest
    @MethodSource("samples")
    void pngAndSvgOfEverySampleReopenAsTheSameLab(String sample) throws Exception {
        Lab lab = LabFiles.read(project().resolve("assets/samples").resolve(sample));
        Files.createDirectories(KEPT);
        for (String format : List.of("png", "svg")) {
            Path out = export(format, lab, new ExportOptions(2, format.equals("png")), sample + "." + format);
            Files.copy(out, KEPT.resolve(sample.replace(".yaml", "." + format)), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            assertThat(DiagramImport.readLab(out)).as(sample + " as " + format).isEqualTo(lab);
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyNodeOfEverySampleIsInTheSvg(String sample) throws Exception {
        Lab lab = LabFiles.read(project().resolve("assets/samples").resolve(sample));
        String svg = Files.readString(export("svg", lab, ExportOptions.DEFAULT, sample + ".svg"));
        for (Node n : lab.nodes()) {
            assertThat(svg).contains("id=\"node-" + n.id() + "\"");
        }
    }

    @Test
    void homelabPngScalesFromOneToFourTimes() throws Exception {
        Lab lab = LabFiles.read(project().resolve("assets/samples/homelab.yaml"));
        DiagramModel m = DiagramLayout.of(lab);
        for (int scale : new int[] {1, 2, 4}) {
            BufferedImage img = ImageIO.read(export("png", lab, new ExportOptions(scale, false), "h" + scale + ".png").toFile());
            assertThat(img.getWidth()).isEqualTo((int) Math.ceil(m.width() * scale));
            assertThat(img.getHeight()).isEqualTo((int) Math.ceil(m.height() * scale));
        }
    }

    @Test
    void aDamagedEmbeddedLabIsReportedWithThePictureAndTheLine() throws IOException {
        Path svg = dir.resolve("bad.svg");
        Files.writeString(svg, new SvgRenderer().render(DiagramLayout.of(TestLabs.small()),
                "schemaVersion: 1\nname: bad\nnodes:\n  - { id: a, kind: no-such-kind }\n", false));
        assertThatThrownBy(() -> DiagramImport.readLab(svg))
                .isInstanceOf(LabFileException.class)
                .hasMessageContaining("bad.svg (embedded lab):4:")
                .hasMessageContaining("no-such-kind");
    }

    @Test
    void theRegistryOffersPngAndSvg() {
        assertThat(Exporters.builtin().formats()).contains("png", "svg");
        assertThat(Exporters.builtin().find("png").orElseThrow().extension()).isEqualTo("png");
    }

    private Path export(String format, Lab lab, ExportOptions options, String name) throws IOException {
        Exporter exporter = Exporters.builtin().find(format).orElseThrow();
        Path out = dir.resolve(name);
        try (OutputStream o = Files.newOutputStream(out)) {
            exporter.export(lab, options, o);
        }
        return out;
    }

    private static Path project() {
        return Path.of(System.getProperty("labforge.project.dir", "."));
    }
}
