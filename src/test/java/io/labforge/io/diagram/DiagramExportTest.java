package io.labforge.io.diagram;

import io.labforge.io.export.ExportOptions;
import io.labforge.model.Lab;
import io.labforge.model.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DiagramExportTest {

    /** Stands in for the lab file: what matters here is that the exact text travels inside the picture. */
    private static final Function<Lab, String> TEXT = lab -> "name: " + lab.name() + "\nnote: \"ünïcødé ]]> <&> 中文\"\n";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void pngSizeFollowsTheScale(int scale) throws IOException {
        Lab lab = TestLabs.homelab();
        DiagramModel m = DiagramLayout.of(lab);
        BufferedImage img = ImageIO.read(export(new PngExporter(TEXT), lab, new ExportOptions(scale, false), "h.png").toFile());
        assertThat(img.getWidth()).isEqualTo((int) Math.ceil(m.width() * scale));
        assertThat(img.getHeight()).isEqualTo((int) Math.ceil(m.height() * scale));
    }

    @Test
    void pngBackgroundIsWhiteOrTransparent() throws IOException {
        Lab lab = TestLabs.small();
        BufferedImage white = ImageIO.read(export(new PngExporter(TEXT), lab, new ExportOptions(1, false), "w.png").toFile());
        BufferedImage clear = ImageIO.read(export(new PngExporter(TEXT), lab, new ExportOptions(1, true), "t.png").toFile());
        assertThat(new Color(white.getRGB(2, 2), true)).isEqualTo(Color.WHITE);
        assertThat(new Color(clear.getRGB(2, 2), true).getAlpha()).isZero();
        // a card stays opaque white on a transparent picture
        Rect card = DiagramLayoutTest.card(DiagramLayout.of(lab), "web").bounds();
        int x = (int) (card.right() - 8);
        int y = (int) (card.y() + 8);
        assertThat(new Color(clear.getRGB(x, y), true)).isEqualTo(Color.WHITE);
    }

    @Test
    void pngShowsEachNodesIconInItsKindColourWhereTheNodeIs() throws IOException {
        Lab lab = TestLabs.homelab();
        int scale = 2;
        BufferedImage img = ImageIO.read(export(new PngExporter(TEXT), lab, new ExportOptions(scale, false), "c.png").toFile());
        DiagramModel m = DiagramLayout.of(lab);
        for (DiagramModel.Card c : m.cards()) {
            Rect r = c.bounds();
            Rect tile = new Rect(r.x() + Metrics.CARD_PAD, r.y() + Metrics.CARD_PAD, Metrics.ICON_TILE, Metrics.ICON_TILE);
            assertThat(countNear(img, tile, scale, c.accent())).as(c.id() + " icon pixels").isGreaterThan(100);
        }
        Rect wan = DiagramLayoutTest.zone(m, "wan").bounds();
        assertThat(countNear(img, wan, scale, DiagramLayoutTest.zone(m, "wan").color()))
                .isGreaterThan((int) (wan.w() * wan.h() * scale * scale * 0.6));
    }

    @Test
    void svgIsWellFormedAndNamesEveryNodeAndNetwork() throws Exception {
        Lab lab = TestLabs.homelab();
        Path svg = export(new SvgExporter(TEXT), lab, ExportOptions.DEFAULT, "h.svg");
        Document doc = parse(svg);
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        Set<String> ids = new HashSet<>();
        NodeList groups = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        for (int i = 0; i < groups.getLength(); i++) {
            ids.add(((Element) groups.item(i)).getAttribute("id"));
        }
        for (Node n : lab.nodes()) {
            assertThat(ids).contains("node-" + n.id());
        }
        for (var n : lab.networks()) {
            assertThat(ids).contains("network-" + n.id());
        }
        assertThat(Files.readString(svg)).contains("fw1", "10.10.20.1", "Kubernetes cluster");
    }

    @Test
    void pngAndSvgCarryTheLabFileExactly() throws IOException {
        Lab lab = TestLabs.homelab();
        String expected = TEXT.apply(lab);
        Path png = export(new PngExporter(TEXT), lab, new ExportOptions(1, true), "lab.png");
        Path svg = export(new SvgExporter(TEXT), lab, ExportOptions.DEFAULT, "lab.svg");
        assertThat(DiagramImport.embeddedLab(png)).contains(expected);
        assertThat(DiagramImport.embeddedLab(svg)).contains(expected);
        assertThat(DiagramImport.isDiagram(png)).isTrue();
        assertThat(DiagramImport.isDiagram(svg)).isTrue();
    }

    @Test
    void labTextThatXmlCannotHoldTravelsAsBase64() throws IOException {
        Function<Lab, String> control = lab -> "name: x\nweird: \u0001\u0002\n";
        Path svg = export(new SvgExporter(control), TestLabs.small(), ExportOptions.DEFAULT, "b.svg");
        assertThat(Files.readString(svg)).contains("encoding=\"base64\"");
        assertThat(DiagramImport.embeddedLab(svg)).contains(control.apply(null));
    }

    @Test
    void aPictureWithoutALabSaysSo() throws IOException {
        Path plain = dir.resolve("plain.png");
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", plain.toFile());
        assertThat(DiagramImport.embeddedLab(plain)).isEmpty();
        assertThatThrownBy(() -> DiagramImport.requireEmbeddedLab(plain))
                .hasMessageContaining("plain.png").hasMessageContaining("carries no Labforge lab");
        Path svg = Files.writeString(dir.resolve("plain.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        assertThat(DiagramImport.embeddedLab(svg)).isEmpty();
    }

    @Test
    void brokenOrHostilePicturesGiveAClearError() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.svg"), "<svg><metadata>");
        assertThatThrownBy(() -> DiagramImport.embeddedLab(broken))
                .hasMessageContaining("broken.svg").hasMessageContaining("not a well-formed SVG");
        Path xxe = Files.writeString(dir.resolve("xxe.svg"), "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\"><metadata><lf:lab xmlns:lf=\"" + SvgEmbedding.NAMESPACE + "\">&e;</lf:lab></metadata></svg>");
        assertThatThrownBy(() -> DiagramImport.embeddedLab(xxe)).hasMessageContaining("xxe.svg");
        Path cut = dir.resolve("cut.png");
        byte[] full = Files.readAllBytes(export(new PngExporter(TEXT), TestLabs.small(), ExportOptions.DEFAULT, "full.png"));
        Files.write(cut, java.util.Arrays.copyOf(full, 40));
        assertThatThrownBy(() -> DiagramImport.embeddedLab(cut)).hasMessageContaining("cut.png");
        assertThatThrownBy(() -> DiagramImport.embeddedLab(dir.resolve("missing.png"))).hasMessageContaining("missing.png");
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello");
        assertThatThrownBy(() -> DiagramImport.embeddedLab(text)).hasMessageContaining("not a PNG or SVG");
    }

    private Path export(io.labforge.io.export.Exporter exporter, Lab lab, ExportOptions options, String name) throws IOException {
        Path out = dir.resolve(name);
        try (OutputStream o = Files.newOutputStream(out)) {
            exporter.export(lab, options, o);
        }
        return out;
    }

    static Document parse(Path svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(svg)));
    }

    /** Pixels of the area (diagram units) within a small distance of {@code color}. */
    private static int countNear(BufferedImage img, Rect area, int scale, Color color) {
        int count = 0;
        for (int y = (int) (area.y() * scale); y < (int) (area.bottom() * scale); y++) {
            for (int x = (int) (area.x() * scale); x < (int) (area.right() * scale); x++) {
                Color p = new Color(img.getRGB(x, y));
                int d = Math.abs(p.getRed() - color.getRed()) + Math.abs(p.getGreen() - color.getGreen())
                        + Math.abs(p.getBlue() - color.getBlue());
                if (d < 30) {
                    count++;
                }
            }
        }
        return count;
    }
}
