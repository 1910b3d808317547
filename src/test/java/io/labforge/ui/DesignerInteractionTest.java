package io.labforge.ui;

import io.labforge.edit.Command;
import io.labforge.edit.Connect;
import io.labforge.io.LabFiles;
import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.NetworkKind;
import io.labforge.model.Nic;
import io.labforge.model.Node;
import io.labforge.model.Position;
import io.labforge.ui.canvas.LabCanvas;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each canvas, palette, inspector and problems interaction, driven through the window with the robot. */
@ExtendWith(ApplicationExtension.class)
class DesignerInteractionTest {

    @TempDir
    static Path dir;

    private final TestDesigner.ScriptedDialogs dialogs = new TestDesigner.ScriptedDialogs();
    private Designer designer;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        designer = TestDesigner.create(dialogs, dir);
        Scene scene = new Scene(designer.window(), 1260, 780);
        scene.getStylesheets().add(LabforgeApp.class.getResource("designer.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(designer.document().titleProperty());
        stage.show();
    }

    private LabDocument doc() {
        return designer.document();
    }

    private LabCanvas canvas() {
        return designer.canvas();
    }

    private Point2D screen(Point2D local) {
        return canvas().localToScreen(local);
    }

    private Point2D centreOf(FxRobot robot, String id) {
        return TestDesigner.centreOf(canvas(), id);
    }

    /** A LAN and one Linux VM not yet connected, laid out at 100 %. */
    private void smallLab(FxRobot robot) {
        Lab lab = Lab.empty("t")
                .withNetwork(Network.of("lan", NetworkKind.LAN, "vmbr1", 10, "10.10.10.0/24", "10.10.10.1"))
                .withNode(Node.of("web", "linux-vm"))
                .withNode(Node.of("db", "linux-vm"))
                .withPosition("lan", new Position(0, 0))
                .withPosition("web", new Position(32, 96))
                .withPosition("db", new Position(320, 96));
        robot.interact(() -> {
            doc().replace(lab, null);
            canvas().paintNow();
            canvas().actualSize();
            canvas().centreOn(List.of("lan", "web", "db"));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void dragFromThePaletteAddsANodeWhereItIsDropped(FxRobot robot) {
        Point2D target = screen(new Point2D(canvas().getWidth() / 2, canvas().getHeight() / 2));
        robot.drag("#palette-firewall", MouseButton.PRIMARY).dropTo(target);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(doc().current().node("firewall-1")).isPresent();
        assertThat(doc().selection().ids()).containsExactly("firewall-1");
        Point2D card = centreOf(robot, "firewall-1");
        assertThat(card.distance(target)).isLessThan(140);

        robot.drag("#palette-net-k8s", MouseButton.PRIMARY).dropTo(target.add(0, 200));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(doc().current().network("k8s").orElseThrow().cidr()).isEqualTo("10.10.10.0/24");
    }

    @Test
    void draggingFromAPortToANetworkAddsANicWithTheNextFreeAddress(FxRobot robot) {
        smallLab(robot);
        Point2D port = TestDesigner.portOf(canvas(), "web");
        robot.drag(port, MouseButton.PRIMARY).dropTo(centreOf(robot, "lan"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(doc().current().node("web").orElseThrow().nics()).containsExactly(Nic.of("lan", "10.10.10.2"));
        assertThat(doc().stack().undoDescription()).contains("Connect web to lan");
    }

    /** At the window's usual size the inspector shows a NIC's network and address whole. */
    @Test
    void theInspectorShowsANicsNetworkAndAddressWhole(FxRobot robot) {
        smallLab(robot);
        robot.interact(() -> doc().push(new Connect("web", "lan", doc().kinds())));
        robot.clickOn(centreOf(robot, "web"));
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<?> network = robot.lookup("#insp-nic0-network").queryAs(ComboBox.class);
        TextField address = robot.lookup("#insp-nic0-ip").queryAs(TextField.class);
        assertThat(network.getValue()).isEqualTo("lan");
        assertThat(network.getWidth()).as("the network box keeps its width").isGreaterThanOrEqualTo(network.prefWidth(-1) - 0.5);
        Text probe = new Text(address.getText());
        probe.setFont(address.getFont());
        assertThat(address.getWidth()).as("room for " + address.getText())
                .isGreaterThan(probe.getLayoutBounds().getWidth() + address.getPadding().getLeft() + address.getPadding().getRight());
    }

    @Test
    void clickCtrlClickRubberBandAndDelete(FxRobot robot) {
        smallLab(robot);
        robot.clickOn(centreOf(robot, "web"));
        assertThat(doc().selection().ids()).containsExactly("web");
        robot.press(KeyCode.CONTROL).clickOn(centreOf(robot, "db")).release(KeyCode.CONTROL);
        assertThat(doc().selection().ids()).containsExactlyInAnyOrder("web", "db");
        robot.clickOn(screen(new Point2D(20, canvas().getHeight() - 20)));
        assertThat(doc().selection().ids()).isEmpty();

        Point2D web = centreOf(robot, "web");
        Point2D db = centreOf(robot, "db");
        robot.drag(web.add(-150, 80), MouseButton.PRIMARY).dropTo(db.add(150, -10));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(doc().selection().ids()).containsExactlyInAnyOrder("web", "db");

        robot.type(KeyCode.DELETE);
        assertThat(doc().current().nodes()).isEmpty();
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(doc().current().nodes()).hasSize(2);
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertThat(doc().current().nodes()).isEmpty();
    }

    @Test
    void movingSnapsToTheGridAndUndoesInOneStep(FxRobot robot) {
        smallLab(robot);
        robot.drag(centreOf(robot, "web"), MouseButton.PRIMARY).moveBy(30, 10).moveBy(37, 23).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Position p = doc().current().position("web").orElseThrow();
        assertThat(p.x() % LabCanvas.GRID).isZero();
        assertThat(p.y() % LabCanvas.GRID).isZero();
        assertThat(p).isNotEqualTo(new Position(32, 96));
        robot.interact(() -> doc().undo());
        assertThat(doc().current().position("web")).contains(new Position(32, 96));
    }

    @Test
    void copyPasteAndDuplicateMakeUniqueCopies(FxRobot robot) {
        smallLab(robot);
        robot.interact(() -> doc().push(new io.labforge.edit.Connect("web", "lan", doc().kinds())));
        robot.clickOn(centreOf(robot, "web"));
        robot.press(KeyCode.CONTROL).type(KeyCode.C).type(KeyCode.V).release(KeyCode.CONTROL);
        Node copy = doc().current().node("web2").orElseThrow();
        assertThat(copy.nics()).containsExactly(Nic.of("lan", "10.10.10.3"));
        assertThat(doc().selection().ids()).containsExactly("web2");
        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        assertThat(doc().current().node("web3")).isPresent();
        assertThat(doc().stack().undoDescription()).contains("Duplicate 1 element");
    }

    @Test
    void inspectorEditsAreUndoableAndInvalidValuesAreFlagged(FxRobot robot) {
        smallLab(robot);
        robot.clickOn(centreOf(robot, "web"));
        TextField cores = robot.lookup("#insp-cores").queryAs(TextField.class);
        robot.clickOn(cores).write("lots");
        assertThat(cores.getPseudoClassStates().toString()).contains("danger");
        assertThat(robot.lookup(".field-error").queryAll().stream().anyMatch(n -> n.isVisible())).isTrue();
        robot.type(KeyCode.ENTER);
        assertThat(doc().current().node("web").orElseThrow().resources().cores()).isNull();

        robot.interact(() -> cores.setText(""));
        robot.clickOn(cores).write("4").type(KeyCode.ENTER);
        assertThat(doc().current().node("web").orElseThrow().resources().cores()).isEqualTo(4);
        assertThat(doc().stack().undoDescription()).contains("Set cores of web");

        TextField name = robot.lookup("#insp-id").queryAs(TextField.class);
        robot.interact(() -> name.setText("db"));
        assertThat(name.getPseudoClassStates().toString()).contains("danger");
        robot.interact(() -> name.setText("www"));
        robot.clickOn(name).type(KeyCode.ENTER);
        assertThat(doc().current().node("www")).isPresent();
    }

    @Test
    void clickingAProblemSelectsItsObjectsAndTheQuickFixRepairs(FxRobot robot) {
        smallLab(robot);
        robot.interact(() -> doc().push(Command.of("pin VMIDs", l -> l
                .updateNode("web", n -> n.withVmid(120)).updateNode("db", n -> n.withVmid(120)))));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<io.labforge.validate.Problem> table = robot.lookup("#problems").queryAs(TableView.class);
        int row = -1;
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).hasFix() && table.getItems().get(i).message().contains("VMID")) {
                row = i;
            }
        }
        assertThat(row).as("a duplicate-VMID problem with a fix in %s", table.getItems()).isNotNegative();
        int r = row;
        robot.interact(() -> table.getSelectionModel().select(r));
        assertThat(doc().selection().ids()).containsAnyOf("web", "db");
        Button fix = robot.lookup(".quick-fix").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().contains("VMID")).findFirst().orElseThrow();
        robot.clickOn(fix);
        Lab lab = doc().current();
        assertThat(lab.node("web").orElseThrow().vmid()).isNotEqualTo(lab.node("db").orElseThrow().vmid());
        assertThat(table.getItems()).noneMatch(p -> p.message().contains("VMID"));
    }

    @Test
    void saveAndOpenRoundTripWithTheDirtyMark(FxRobot robot) throws Exception {
        smallLab(robot);
        robot.interact(() -> doc().push(Command.of("rename", l -> l.withName("round"))));
        assertThat(stage.getTitle()).startsWith("*");
        Path file = dir.resolve("round.yaml");
        dialogs.files.add(file);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        assertThat(Files.exists(file)).isTrue();
        assertThat(stage.getTitle()).isEqualTo("round.yaml — Labforge");
        Lab saved = LabFiles.read(file);
        assertThat(saved.nodes()).extracting(Node::id).containsExactly("web", "db");

        robot.interact(() -> doc().push(new io.labforge.edit.Remove(java.util.Set.of("web"))));
        assertThat(stage.getTitle()).startsWith("*");
        dialogs.files.add(file);
        robot.interact(() -> designer.files().open());
        assertThat(doc().current().nodes()).extracting(Node::id).containsExactly("web", "db");
        assertThat(doc().dirtyProperty().get()).isFalse();
    }

    @Test
    void themeSwitchRepaintsTheCanvasDark(FxRobot robot) throws Exception {
        smallLab(robot);
        robot.clickOn("#tool-theme");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.Image img = WaitForAsyncUtils.asyncFx(() -> {
            canvas().paintNow();
            return canvas().surface().snapshot(null, null);
        }).get();
        javafx.scene.paint.Color corner = img.getPixelReader().getColor(3, 3);
        assertThat(corner.getBrightness()).isLessThan(0.2);
        robot.clickOn("#tool-theme");
    }

    @Test
    void zoomKeysAndFit(FxRobot robot) {
        smallLab(robot);
        robot.clickOn(centreOf(robot, "web"));
        double before = canvas().zoomProperty().get();
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        assertThat(canvas().zoomProperty().get()).isLessThan(before);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Point2D lan = canvas().centreOf("lan").orElseThrow();
        assertThat(lan.getX()).isBetween(0.0, canvas().getWidth());
        robot.scroll(2, javafx.geometry.VerticalDirection.UP);
        assertThat(robot.lookup("#status-zoom").queryLabeled().getText()).endsWith("%");
    }
}
