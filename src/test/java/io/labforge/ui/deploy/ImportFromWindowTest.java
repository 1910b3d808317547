package io.labforge.ui.deploy;

import io.labforge.app.DeploySession;
import io.labforge.deploy.engine.CancelToken;
import io.labforge.deploy.engine.Decision;
import io.labforge.deploy.engine.FailurePolicy;
import io.labforge.deploy.event.Outcome;
import io.labforge.deploy.plan.DesiredLab;
import io.labforge.deploy.plan.LabIntent;
import io.labforge.io.LabFiles;
import io.labforge.kind.NodeKinds;
import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import static io.labforge.ui.deploy.DeployWindowFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

/** File → Import from Proxmox… draws a deployed homelab on a new canvas. */
@ExtendWith(ApplicationExtension.class)
class ImportFromWindowTest {

    private static final Duration WAIT = Duration.ofSeconds(40);

    static {
        // building the whole window takes half a minute on a loaded two-core machine; TestFX allows 30 s
        System.setProperty("testfx.setup.timeout", "120000");
    }

    private DeployWindowFixture w;

    @Start
    void start(Stage stage) throws Exception {
        w = new DeployWindowFixture(stage);
        w.designer.document().replace(Lab.empty("untitled"), null);
    }

    @AfterEach
    void stop() {
        w.close();
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get();
    }

    /** Deploys the homelab sample with the real client, not through the window. */
    private void deployHomelabBehindTheWindow() throws Exception {
        Lab homelab = LabFiles.read(Path.of("assets/samples/homelab.yaml"));
        try (DeploySession s = w.target.open(homelab, null)) {
            DesiredLab desired = LabIntent.of(homelab, NodeKinds.builtin(), s.options());
            assertThat(s.engine().apply(homelab, s.engine().plan(desired, e -> { }), FailurePolicy.always(Decision.ABORT),
                    new CancelToken(), e -> { }).outcome()).isEqualTo(Outcome.SUCCEEDED);
        }
    }

    private void openImportFromTheFileMenu(FxRobot robot) {
        robot.clickOn("File");
        robot.clickOn("Import from Proxmox…");
    }

    @SuppressWarnings("unchecked")
    private ListView<Object> guestList(FxRobot robot) {
        return robot.lookup("#import-guests").queryAs(ListView.class);
    }

    @Test
    void importsTheChosenGuestsAndTheirNetworksOntoANewCanvas(FxRobot robot) throws Exception {
        w.connectSandbox(DeployWindowFixture.sandbox().withTimeScale(0.01));
        deployHomelabBehindTheWindow();
        openImportFromTheFileMenu(robot);
        await("the guest list", WAIT, () -> robot.lookup("#import-guests").tryQuery().isPresent());
        assertThat(guestList(robot).getItems()).hasSize(14)
                .anySatisfy(i -> assertThat(i.toString()).contains("lb1").contains("VM on pve, running"))
                .noneSatisfy(i -> assertThat(i.toString()).contains("cloudinit"));
        ListView<Object> list = guestList(robot);
        int ws1 = fx(() -> list.getItems().stream().map(Object::toString).toList().indexOf(
                list.getItems().stream().map(Object::toString).filter(t -> t.contains(" ws1 ")).findFirst().orElseThrow()));
        robot.interact(() -> list.scrollTo(ws1));
        robot.clickOn(robot.lookup("#import-guests .list-cell").match(c -> ((javafx.scene.control.ListCell<?>) c).getText() != null
                && ((javafx.scene.control.ListCell<?>) c).getText().contains("ws1")).lookup(".check-box").queryAs(javafx.scene.Node.class));
        robot.doubleClickOn("#import-name").eraseText(8).write("homelab-imported");
        robot.clickOn("#import-ok");

        await("the imported lab", WAIT, () -> "homelab-imported".equals(w.designer.document().current().name()));
        Lab lab = w.designer.document().current();
        assertThat(lab.nodes()).extracting(Node::id)
                .contains("fw1", "lb1", "bastion", "db1", "dc1", "mon1", "siem1", "k8s-cp1", "k8s-w3")
                .doesNotContain("ws1").hasSize(13);
        assertThat(lab.node("lb1").orElseThrow().vmid()).isNotNull();
        assertThat(lab.networks()).extracting(Network::id).contains("vmbr0", "vmbr1-v10", "vmbr1-v20", "vmbr1-v40");
        assertThat(lab.network("vmbr1-v20").orElseThrow().cidr()).isEqualTo("10.10.20.0/24");
        assertThat(w.designer.document().fileProperty().get()).as("a new untitled lab").isNull();
        for (String id : new String[] {"lb1", "k8s-cp1", "vmbr0", "vmbr1-v20"}) {
            assertThat(fx(() -> w.designer.canvas().centreOf(id))).as(id + " is drawn").isPresent();
        }
        assertThat(lab.layout().keySet()).as("laid out").containsAll(lab.nodes().stream().map(Node::id).toList());
        await("validation", WAIT, () -> !w.designer.document().report().isClean());
        TabPane bottom = robot.lookup((TabPane t) -> t.getTabs().stream().anyMatch(x -> "tab-problems".equals(x.getId())))
                .queryAs(TabPane.class);
        assertThat(fx(() -> bottom.getSelectionModel().getSelectedItem().getId())).isEqualTo("tab-problems");
    }

    @Test
    void withoutAConnectionImportOpensConnectFirst(FxRobot robot) throws Exception {
        openImportFromTheFileMenu(robot);
        await("the connect dialog", WAIT, () -> robot.lookup("#connect-sandbox").tryQuery().isPresent());
        robot.clickOn("#connect-sandbox");
        await("the guest list", WAIT, () -> robot.lookup("#import-guests").tryQuery().isPresent());
        assertThat(w.model().targetProperty().get()).isNotNull();
        w.target = (io.labforge.ui.connect.SandboxTarget) w.model().targetProperty().get();
        assertThat(guestList(robot).getItems()).as("a fresh sandbox has only templates").isEmpty();
        robot.clickOn("Cancel");
        assertThat(w.designer.document().current().name()).isEqualTo("untitled");
    }
}
