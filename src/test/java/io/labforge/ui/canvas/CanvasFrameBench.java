package io.labforge.ui.canvas;

import io.labforge.kind.NodeKinds;
import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.NetworkKind;
import io.labforge.model.Nic;
import io.labforge.model.Node;
import io.labforge.model.Position;
import io.labforge.ui.LabDocument;
import io.labforge.ui.task.SameThreadTaskRunner;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints the cost of a canvas frame while panning and zooming a 2,000-node, 4,000-link lab.
 * Run on demand: {@code mvn -o test -Dtest=CanvasFrameBench -Dlabforge.bench=true}. A figure, not an assertion.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "labforge.bench", matches = "true")
class CanvasFrameBench {

    private LabCanvas canvas;
    private LabDocument doc;

    static Lab big() {
        List<Network> nets = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            nets.add(Network.of("n" + i, NetworkKind.values()[1 + i % 8], "vmbr1", 10 + i, "10." + i + ".0.0/16", null));
        }
        List<Node> nodes = new ArrayList<>();
        Map<String, Position> layout = new LinkedHashMap<>();
        for (int i = 0; i < nets.size(); i++) {
            layout.put("n" + i, new Position(0, i * 1200));
        }
        for (int i = 0; i < 2000; i++) {
            int a = i % 20;
            int b = (i + 7) % 20;
            nodes.add(Node.of("h" + i, "linux-vm", Nic.of("n" + a, "10." + a + "." + (i / 250) + "." + (i % 250 + 2)),
                    Nic.of("n" + b, "10." + b + "." + (i / 250 + 100) + "." + (i % 250 + 2))));
            layout.put("h" + i, new Position((i % 100) * 244, (i / 100) * 1200 + 80));
        }
        return Lab.empty("big").withNetworks(nets).withNodes(nodes).withLayout(layout);
    }

    @Start
    void start(Stage stage) {
        doc = new LabDocument(NodeKinds.builtin(), new SameThreadTaskRunner());
        canvas = new LabCanvas(doc);
        stage.setScene(new Scene(new StackPane(canvas), 1200, 760));
        stage.show();
    }

    @Test
    void panAndZoom() throws Exception {
        Lab lab = big();
        long t0 = System.nanoTime();
        WaitForAsyncUtils.asyncFx(() -> doc.replace(lab, null)).get();
        long load = System.nanoTime() - t0;
        System.out.printf("bench: 2000 nodes, %d links; geometry + validation after open %d ms%n",
                lab.nodes().stream().mapToInt(n -> n.nics().size()).sum(), load / 1_000_000);
        for (double zoom : new double[] {1.0, 0.5, 0.2, 0.06}) {
            double[] result = WaitForAsyncUtils.asyncFx(() -> frames(zoom)).get();
            System.out.printf("bench: zoom %3.0f %%: %4.0f cards drawn, paint %.2f ms/frame, paint+render %.2f ms/frame%n",
                    zoom * 100, result[0], result[1], result[2]);
        }
    }

    /** {cards drawn, mean ms to issue the drawing, mean ms to issue and render it (snapshot)}. */
    private double[] frames(double zoom) {
        Viewport v = canvas.viewport();
        v.zoomAt(zoom / v.scale(), 0, 0);
        int n = 40;
        int cards = 0;
        long paint = 0;
        long total = 0;
        for (int i = 0; i < n + 5; i++) {
            v.pan(-17, -9);
            long a = System.nanoTime();
            cards = canvas.paintNow();
            long b = System.nanoTime();
            canvas.surface().snapshot(null, null);
            long c = System.nanoTime();
            if (i >= 5) {
                paint += b - a;
                total += c - a;
            }
        }
        return new double[] {cards, paint / 1e6 / n, total / 1e6 / n};
    }
}
