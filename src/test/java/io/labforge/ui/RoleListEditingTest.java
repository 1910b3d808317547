package io.labforge.ui;

import io.labforge.io.LabFiles;
import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.NetworkKind;
import io.labforge.model.Nic;
import io.labforge.model.Node;
import io.labforge.model.Position;
import io.labforge.ui.canvas.LabCanvas;
import io.labforge.validate.Problem;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** List-valued role settings edited in the inspector: load-balancer frontends and plain value lists. */
@ExtendWith(ApplicationExtension.class)
class RoleListEditingTest {

    @TempDir
    static Path dir;

    private final TestDesigner.ScriptedDialogs dialogs = new TestDesigner.ScriptedDialogs();
    private Designer designer;

    @Start
    void start(Stage stage) {
        designer = TestDesigner.create(dialogs, dir);
        Scene scene = new Scene(designer.window(), 1260, 780);
        scene.getStylesheets().add(LabforgeApp.class.getResource("designer.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private LabDocument doc() {
        return designer.document();
    }

    private LabCanvas canvas() {
        return designer.canvas();
    }

    /** A load balancer and two web servers on one LAN. */
    private void lab(FxRobot robot) {
        Lab lab = Lab.empty("lb")
                .withNetwork(Network.of("lan", NetworkKind.LAN, "vmbr1", 10, "10.10.10.0/24", "10.10.10.1"))
                .withNode(Node.of("lb1", "load-balancer", Nic.of("lan", "10.10.10.10")))
                .withNode(Node.of("web1", "linux-vm", Nic.of("lan", "10.10.10.21")))
                .withNode(Node.of("web2", "linux-vm", Nic.of("lan", "10.10.10.22")))
                .withPosition("lan", new Position(0, 0))
                .withPosition("lb1", new Position(32, 96))
                .withPosition("web1", new Position(256, 96))
                .withPosition("web2", new Position(480, 96));
        robot.interact(() -> {
            doc().replace(lab, null);
            canvas().paintNow();
            canvas().actualSize();
            canvas().centreOn(List.of("lan", "lb1", "web1", "web2"));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Object frontends() {
        return doc().current().node("lb1").orElseThrow().role().get("frontends");
    }

    @SuppressWarnings("unchecked")
    private List<Problem> problems(FxRobot robot) {
        return List.copyOf(robot.lookup("#problems").queryAs(TableView.class).getItems());
    }

    private boolean noBackendsProblem(FxRobot robot) {
        return problems(robot).stream().anyMatch(p -> p.code().equals("LF505") && p.subjects().contains("lb1"));
    }

    @Test
    void addAFrontendWithABackendFromTheCanvasUndoRedoAndSave(FxRobot robot) throws Exception {
        lab(robot);
        robot.clickOn(TestDesigner.centreOf(canvas(), "lb1"));
        assertThat(doc().selection().ids()).containsExactly("lb1");

        robot.clickOn("#insp-role-frontends-add");
        assertThat(frontends()).isEqualTo(List.of(Map.of("port", 80)));
        assertThat(doc().stack().undoDescription()).contains("Add frontend to lb1");
        assertThat(noBackendsProblem(robot)).as("a frontend without backends is a problem").isTrue();
        MenuButton backends = robot.lookup("#insp-role-frontends-0-backends").queryAs(MenuButton.class);
        assertThat(backends.getPseudoClassStates().toString()).contains("danger");
        assertThat(backends.getItems()).extracting(i -> i.getText()).containsExactly("web1", "web2");

        robot.clickOn(backends);
        robot.clickOn("web2");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(frontends()).isEqualTo(List.of(Map.of("port", 80, "backends", List.of("web2"))));
        assertThat(noBackendsProblem(robot)).isFalse();

        TextField port = robot.lookup("#insp-role-frontends-0-port").queryAs(TextField.class);
        robot.interact(() -> port.setText("99999"));
        assertThat(port.getPseudoClassStates().toString()).contains("danger");
        robot.clickOn(port).type(KeyCode.ENTER);
        assertThat(frontends()).isEqualTo(List.of(Map.of("port", 80, "backends", List.of("web2"))));
        robot.interact(() -> port.setText("6443"));
        robot.clickOn(port).type(KeyCode.ENTER);
        assertThat(frontends()).isEqualTo(List.of(Map.of("port", 6443, "backends", List.of("web2"))));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(frontends()).isEqualTo(List.of(Map.of("port", 80, "backends", List.of("web2"))));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(frontends()).isEqualTo(List.of(Map.of("port", 80)));
        assertThat(noBackendsProblem(robot)).isTrue();
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertThat(frontends()).isEqualTo(List.of(Map.of("port", 6443, "backends", List.of("web2"))));
        assertThat(noBackendsProblem(robot)).isFalse();
        assertThat(robot.lookup("#insp-role-frontends-0-port").queryAs(TextField.class).getText()).isEqualTo("6443");

        Path file = dir.resolve("lb.yaml");
        dialogs.files.add(file);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        assertThat(Files.readString(file)).contains("frontends");
        assertThat(LabFiles.read(file).node("lb1").orElseThrow().role().get("frontends"))
                .isEqualTo(List.of(Map.of("port", 6443, "backends", List.of("web2"))));
    }

    @Test
    void removingARowAndASecondFrontendPortClash(FxRobot robot) {
        lab(robot);
        robot.interact(() -> doc().push(io.labforge.edit.Command.of("frontends", l -> l.updateNode("lb1",
                n -> n.withRole(Map.of("frontends", List.of(Map.of("port", 80, "backends", List.of("web1")))))))));
        robot.clickOn(TestDesigner.centreOf(canvas(), "lb1"));
        robot.clickOn("#insp-role-frontends-add");
        assertThat(frontends()).isEqualTo(List.of(Map.of("port", 80, "backends", List.of("web1")), Map.of("port", 443)));
        TextField second = robot.lookup("#insp-role-frontends-1-port").queryAs(TextField.class);
        robot.interact(() -> second.setText("80"));
        assertThat(second.getPseudoClassStates().toString()).contains("danger");
        assertThat(second.getTooltip().getText()).contains("another frontend has 80");

        @SuppressWarnings("unchecked")
        ComboBox<String> mode = robot.lookup("#insp-role-frontends-0-mode").queryAs(ComboBox.class);
        robot.interact(() -> mode.setValue("http"));
        assertThat(frontends()).isEqualTo(List.of(Map.of("port", 80, "backends", List.of("web1"), "mode", "http"),
                Map.of("port", 443)));

        robot.clickOn("#insp-role-frontends-1-remove");
        assertThat(frontends()).isEqualTo(List.of(Map.of("port", 80, "backends", List.of("web1"), "mode", "http")));
        robot.clickOn("#insp-role-frontends-0-remove");
        assertThat(doc().current().node("lb1").orElseThrow().role()).doesNotContainKey("frontends");
    }

    @Test
    void plainValueListsAddEditAndRemoveWithChecksInPlace(FxRobot robot) {
        lab(robot);
        robot.clickOn(TestDesigner.centreOf(canvas(), "web1"));
        TextField add = robot.lookup("#insp-role-packages-new").queryAs(TextField.class);
        robot.clickOn(add).write("Not A Package");
        assertThat(add.getPseudoClassStates().toString()).contains("danger");
        robot.type(KeyCode.ENTER);
        assertThat(doc().current().node("web1").orElseThrow().role()).doesNotContainKey("packages");
        robot.interact(() -> add.setText(""));
        robot.clickOn(add).write("htop").type(KeyCode.ENTER);
        robot.clickOn("#insp-role-packages-new").write("curl").type(KeyCode.ENTER);
        assertThat(doc().current().node("web1").orElseThrow().role().get("packages")).isEqualTo(List.of("htop", "curl"));

        TextField first = robot.lookup("#insp-role-packages-0").queryAs(TextField.class);
        robot.interact(() -> first.setText("tmux"));
        robot.clickOn(first).type(KeyCode.ENTER);
        assertThat(doc().current().node("web1").orElseThrow().role().get("packages")).isEqualTo(List.of("tmux", "curl"));
        robot.clickOn("#insp-role-packages-1-remove");
        assertThat(doc().current().node("web1").orElseThrow().role().get("packages")).isEqualTo(List.of("tmux"));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(doc().current().node("web1").orElseThrow().role().get("packages")).isEqualTo(List.of("tmux", "curl"));
        assertThat(robot.lookup("#insp-role-packages-1").queryAs(TextField.class).getText()).isEqualTo("curl");
        assertThat(robot.lookup(".role-list").queryAll()).isNotEmpty();
        assertThat(robot.lookup("#insp-role-packages-1-remove").queryAs(Button.class)).isNotNull();
    }
}
