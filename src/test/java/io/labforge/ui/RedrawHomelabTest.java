package io.labforge.ui;

import io.labforge.io.LabFiles;
import io.labforge.kind.Flavor;
import io.labforge.kind.NodeKind;
import io.labforge.kind.NodeKinds;
import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.Nic;
import io.labforge.model.Node;
import io.labforge.ui.canvas.LabCanvas;
import io.labforge.ui.canvas.Viewport;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Redraws the sample homelab ({@code assets/samples/homelab.yaml}) by hand from an empty canvas,
 * the way a user would: every network and node is dragged from the palette (filtered by its
 * search field), every NIC is made by dragging from the node's port onto the network's bar, and
 * the inspector sets ids, flavors, resources, tags, scalar role settings, the networks' subnet,
 * bridge, VLAN, gateway and DHCP range, and each NIC's address where the one picked on connect
 * differs from the sample's. The lab is saved with the toolbar's save button.
 *
 * <p>Compared with the sample: networks (id, kind, bridge, VLAN, subnet, gateway, DHCP range);
 * nodes (id, kind, flavor as resolved by the kind so an omitted default equals the default
 * flavor, cores/memory/disk, tags, scalar role settings) and each node's NICs in order (network and
 * address). Not compared: layout, names, descriptions, the deploy target, groups, and list-valued
 * role settings (lb1's {@code frontends}), which the inspector shows read-only.
 */
@ExtendWith(ApplicationExtension.class)
class RedrawHomelabTest {

    private static final Path SAMPLE = Path.of("assets/samples/homelab.yaml");
    /** World units between network bars, between card columns and the rows of cards below the bars. */
    private static final double BAR_STEP = 56;
    private static final double COLUMN = 240;
    private static final double[] ROWS = {480, 720, 880, 1040};
    private static final double PLAN_W = 4 * COLUMN + 208;
    private static final double PLAN_H = 1140;

    @TempDir
    static Path dir;

    private final TestDesigner.ScriptedDialogs dialogs = new TestDesigner.ScriptedDialogs();
    private final NodeKinds kinds = NodeKinds.builtin();
    private Designer designer;

    @Start
    void start(Stage stage) {
        designer = TestDesigner.create(dialogs, dir);
        Scene scene = new Scene(designer.window(), 1260, 780);
        scene.getStylesheets().add(LabforgeApp.class.getResource("designer.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private LabCanvas canvas() {
        return designer.canvas();
    }

    @Test
    void theSampleHomelabCanBeRedrawnByHand(FxRobot robot) throws Exception {
        Lab expected = LabFiles.read(SAMPLE);
        assertThat(designer.document().current().nodes()).isEmpty();
        Point2D origin = zoomOutToFitThePlan(robot);

        for (int i = 0; i < expected.networks().size(); i++) {
            Network net = expected.networks().get(i);
            drop(robot, "net-" + net.kind().id(), origin.add(0, i * BAR_STEP));
            drawNetwork(robot, net);
        }
        for (int i = 0; i < expected.nodes().size(); i++) {
            Node node = expected.nodes().get(i);
            drop(robot, node.kind(), origin.add((i % 5) * COLUMN, ROWS[i / 5]));
            drawNode(robot, node);
        }
        robot.clickOn("#tool-fit");
        for (Node node : expected.nodes()) {
            connect(robot, node);
        }

        Path file = dir.resolve("redrawn.yaml");
        dialogs.files.add(file);
        robot.clickOn("#tool-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.lastError).isNull();
        assertThat(Files.exists(file)).isTrue();
        Lab saved = LabFiles.read(file);
        assertThat(describe(saved)).containsExactlyInAnyOrderElementsOf(describe(expected));
    }

    /** Zooms out with the toolbar until the planned drawing fits; returns its top-left corner in world units. */
    private Point2D zoomOutToFitThePlan(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        double fit = Math.min((canvas().getWidth() - 40) / PLAN_W, (canvas().getHeight() - 40) / PLAN_H);
        while (canvas().viewport().scale() > fit) {
            robot.clickOn("#tool-zoom-out");
            WaitForAsyncUtils.waitForFxEvents();
        }
        Viewport v = canvas().viewport();
        return new Point2D(v.toWorldX(20), v.toWorldY(20));
    }

    /** Drags a palette entry (found with the palette's search) onto a world point of the canvas. */
    private void drop(FxRobot robot, String entry, Point2D world) {
        TextField search = robot.lookup("#palette-search").queryAs(TextField.class);
        robot.clickOn(search).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(entry);
        WaitForAsyncUtils.waitForFxEvents();
        Viewport v = canvas().viewport();
        Point2D target = canvas().localToScreen(v.toScreenX(world.getX()) + 4, v.toScreenY(world.getY()) + 4);
        int before = designer.document().current().nodes().size() + designer.document().current().networks().size();
        robot.drag("#palette-" + entry, MouseButton.PRIMARY).dropTo(target);
        WaitForAsyncUtils.waitForFxEvents();
        Lab now = designer.document().current();
        assertThat(now.nodes().size() + now.networks().size()).as("dropped %s", entry).isEqualTo(before + 1);
    }

    /** The dropped network is selected: set what differs from the defaults it got. */
    private void drawNetwork(FxRobot robot, Network net) {
        set(robot, "id", net.id());
        set(robot, "bridge", text(net.bridge()));
        set(robot, "vlan", text(net.vlan()));
        set(robot, "cidr", text(net.cidr()));
        set(robot, "gateway", text(net.gateway()));
        if (net.dhcp() != null) {
            set(robot, "dhcp-start", net.dhcp().start());
            set(robot, "dhcp-end", net.dhcp().end());
        }
        assertThat(designer.document().current().network(net.id())).as("network %s", net.id()).isPresent();
    }

    /** The dropped node is selected: name it and set its flavor, resources, tags and scalar role settings. */
    private void drawNode(FxRobot robot, Node node) {
        set(robot, "id", node.id());
        NodeKind kind = kinds.get(node.kind());
        if (node.flavor() != null && !node.flavor().equals(kind.flavorOf(selected(node.id())).id())) {
            ComboBox<?> box = robot.lookup("#insp-flavor").queryAs(ComboBox.class);
            reveal(box);
            robot.clickOn(box);
            String label = kind.flavor(node.flavor()).map(Flavor::label).orElseThrow();
            robot.clickOn(robot.lookup(".list-cell").match((Labeled c) -> label.equals(c.getText())).queryLabeled());
            WaitForAsyncUtils.waitForFxEvents();
        }
        set(robot, "cores", text(node.resources().cores()));
        set(robot, "memory", text(node.resources().memory()));
        set(robot, "disk", text(node.resources().disk()));
        set(robot, "tags", String.join(", ", node.tags()));
        for (Map.Entry<String, Object> e : scalarRole(node).entrySet()) {
            set(robot, "role-" + e.getKey(), text(e.getValue()));
        }
        assertThat(selected(node.id()).kind()).isEqualTo(node.kind());
    }

    /** Drags from the node's port to each of its networks, then corrects the addresses in the inspector. */
    private void connect(FxRobot robot, Node node) {
        for (Nic nic : node.nics()) {
            int before = selected(node.id()).nics().size();
            robot.drag(TestDesigner.portOf(canvas(), node.id()), MouseButton.PRIMARY)
                    .dropTo(TestDesigner.centreOf(canvas(), nic.network()));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(selected(node.id()).nics()).as("%s connected to %s", node.id(), nic.network()).hasSize(before + 1);
        }
        robot.clickOn(TestDesigner.centreOf(canvas(), node.id()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(designer.document().selection().ids()).containsExactly(node.id());
        for (int i = 0; i < node.nics().size(); i++) {
            set(robot, "nic" + i + "-ip", node.nics().get(i).ip());
        }
    }

    private Node selected(String id) {
        return designer.document().current().node(id).orElseThrow(() -> new AssertionError("no node " + id));
    }

    /** Types a value into an inspector field and commits it with Enter, unless it already holds it. */
    private void set(FxRobot robot, String key, String value) {
        TextField field = robot.lookup("#insp-" + key).tryQueryAs(TextField.class).orElse(null);
        if (field == null && value.isEmpty()) {
            return; // e.g. no resources on a kind that is not a guest, and none wanted
        }
        assertThat(field).as("inspector field %s", key).isNotNull();
        if (value.equals(field.getText().strip())) {
            return;
        }
        reveal(field);
        robot.clickOn(field).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        if (value.isEmpty()) {
            robot.type(KeyCode.DELETE);
        } else {
            robot.write(value);
        }
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        TextField now = robot.lookup("#insp-" + key).queryAs(TextField.class);
        assertThat(now.getText().strip()).as("inspector field %s after Enter", key).isEqualTo(value);
    }

    /** Scrolls the inspector so that a control of its form is in view. */
    private void reveal(javafx.scene.Node control) {
        ScrollPane pane = (ScrollPane) designer.window().lookup("#inspector");
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            javafx.scene.Node content = pane.getContent();
            double y = content.sceneToLocal(control.localToScene(0, 0)).getY();
            double room = content.getLayoutBounds().getHeight() - pane.getViewportBounds().getHeight();
            if (room > 0) {
                pane.setVvalue(Math.max(0, Math.min(1, (y - 60) / room)));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Map<String, Object> scalarRole(Node node) {
        Map<String, Object> out = new TreeMap<>();
        node.role().forEach((k, v) -> {
            if (!(v instanceof List<?>) && !(v instanceof Map<?, ?>)) {
                out.put(k, v);
            }
        });
        return out;
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    /** One line per network and node with exactly what this test compares. */
    private List<String> describe(Lab lab) {
        List<String> out = new ArrayList<>();
        for (Network n : lab.networks()) {
            out.add("network " + n.id() + " kind=" + n.kind() + " bridge=" + n.bridge() + " vlan=" + n.vlan()
                    + " cidr=" + n.cidr() + " gateway=" + n.gateway() + " dhcp=" + n.dhcp());
        }
        for (Node n : lab.nodes()) {
            String flavor = kinds.get(n.kind()).flavorOf(n).id();
            List<String> nics = n.nics().stream().map(c -> c.network() + "=" + c.ip()).toList();
            out.add("node " + n.id() + " kind=" + n.kind() + " flavor=" + flavor + " resources=" + n.resources()
                    + " tags=" + n.tags() + " role=" + scalarRole(n) + " nics=" + nics);
        }
        return out;
    }
}
