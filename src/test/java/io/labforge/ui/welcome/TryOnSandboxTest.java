package io.labforge.ui.welcome;

import io.labforge.deploy.event.Outcome;
import io.labforge.deploy.plan.Action;
import io.labforge.io.export.Exporters;
import io.labforge.ui.Designer;
import io.labforge.ui.connect.SandboxTarget;
import io.labforge.ui.deploy.DeployTarget;
import io.labforge.ui.file.Dialogs;
import io.labforge.ui.file.RecentFiles;
import io.labforge.ui.file.Recovery;
import io.labforge.ui.task.FxTaskRunner;
import io.labforge.ui.theme.Themes;
import io.labforge.ui.welcome.SandboxRehearsal.Stage;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/** From the welcome screen to a deployed homelab on the sandbox in two clicks, at a scaled clock. */
@ExtendWith(ApplicationExtension.class)
class TryOnSandboxTest {

    private static final Duration MAX = Duration.ofSeconds(60);
    /** Real seconds per simulated second: a 60 s clone takes 0.3 s. */
    private static final double SCALE = 0.005;

    private Designer designer;

    @BeforeAll
    static void patience() {
        // building the whole designer is the slow part of a first UI test on a busy machine
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(90_000);
    }

    @Start
    void start(javafx.stage.Stage stage) throws Exception {
        Path tmp = Files.createTempDirectory("labforge-try-sandbox");
        Preferences prefs = Preferences.userRoot().node("io/labforge/test/try-sandbox/" + UUID.randomUUID());
        designer = new Designer(new Designer.Services(new FxTaskRunner(), new NoDialogs(), new RecentFiles(prefs.node("recent")),
                new Recovery(tmp.resolve("recovery.yaml")), Exporters.builtin(), new Themes(prefs.node("theme"))));
        designer.rehearsal().configProperty().set(SandboxTarget.defaultConfig(SCALE).withPort(0));
        Scene scene = new Scene(designer.window(), 1280, 800);
        scene.getStylesheets().add(Designer.class.getResource("designer.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        designer.showWelcome();
    }

    /** The welcome card reads the samples off the FX thread; wait until this window shows them. */
    private void welcomeShown(FxRobot robot) throws Exception {
        await("the welcome card", () -> fx(() -> {
            Node n = designer.window().lookup("#welcome-try-homelab");
            return n != null && n.getScene() != null && n.isVisible();
        }));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A node of this test's window (never one left from an earlier test's). */
    private Node in(String id) throws Exception {
        return fx(() -> designer.window().lookup(id));
    }

    @AfterEach
    void stop() throws Exception {
        DeployTarget t = fx(() -> designer.deployModel().targetProperty().get());
        if (t != null) {
            t.close();
        }
    }

    @Test
    void twoClicksFromTheWelcomeScreenDeployTheHomelabOnTheSandbox(FxRobot robot) throws Exception {
        welcomeShown(robot);
        robot.clickOn(in("#welcome-try-homelab"));

        await("the plan", () -> stage() == Stage.READY || stage() == Stage.FAILED);
        assertThat(stage()).as(status()).isEqualTo(Stage.READY);
        assertThat(status()).contains("nothing leaves this machine").contains("to create");
        assertThat(fx(() -> designer.document().current().name())).isEqualTo("homelab");
        assertThat(java.util.Optional.ofNullable(in("#welcome"))).as("the welcome card is gone").isEmpty();
        assertThat(designer.deployModel().planProperty().get().counts().get(Action.CREATE)).isGreaterThan(10);
        assertThat(fx(() -> designer.canvas().statusBadges().get("lb1").text())).isEqualTo("+ create");
        assertThat(fx(() -> designer.window().lookup("#plan-view").getParent().isVisible())).as("the Plan tab is shown").isTrue();
        await("Deploy to take the focus", () -> focused() != null && "plan-deploy".equals(focused().getId()));

        robot.clickOn(in("#plan-deploy"));

        await("the deploy to finish", () -> designer.deployModel().resultProperty().get() != null);
        assertThat(designer.deployModel().resultProperty().get().outcome()).isEqualTo(Outcome.SUCCEEDED);
        await("the banner to say done", () -> stage() == Stage.DONE);
        assertThat(status()).contains("guests with an address");
        assertThat(focused()).as("no text field holds the focus during and after the deploy").isSameAs(designer.canvas());
        String summary = fx(() -> designer.deployModel().progress().summaryProperty().get());
        assertThat(summary).contains(" steps done. Addresses: ").containsPattern("lb1 10\\.\\d+\\.\\d+\\.\\d+");
        assertThat(fx(() -> designer.canvas().statusBadges().get("lb1").text())).startsWith("running");
        SandboxTarget sandbox = (SandboxTarget) fx(() -> designer.deployModel().targetProperty().get());
        assertThat(sandbox.sandbox().inspect().guests()).anySatisfy(g -> assertThat(g.template()).isFalse());
    }

    @Test
    void aSecondRehearsalReusesTheRunningSandbox(FxRobot robot) throws Exception {
        welcomeShown(robot);
        robot.clickOn(in("#welcome-try-single-vm"));
        await("the first plan", () -> stage() == Stage.READY);
        DeployTarget first = fx(() -> designer.deployModel().targetProperty().get());

        robot.clickOn(in("#rehearsal-close"));
        fx(() -> {
            designer.rehearsal().rehearse();
            return null;
        });
        await("the second plan", () -> stage() == Stage.READY);
        assertThat(fx(() -> designer.deployModel().targetProperty().get())).isSameAs(first);
        assertThat(status()).startsWith("Using the sandbox already running at " + ((SandboxTarget) first).sandbox().url());
    }

    @Test
    void aBusyPortFallsBackToAFreeOneAndSaysSo(FxRobot robot) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            designer.rehearsal().configProperty().set(SandboxTarget.defaultConfig(SCALE).withPort(taken.getLocalPort()));
            welcomeShown(robot);
            robot.clickOn(in("#welcome-try-single-vm"));
            await("the plan", () -> stage() == Stage.READY || stage() == Stage.FAILED);
            assertThat(stage()).as(status()).isEqualTo(Stage.READY);
            SandboxTarget t = (SandboxTarget) fx(() -> designer.deployModel().targetProperty().get());
            assertThat(t.sandbox().port()).isNotEqualTo(taken.getLocalPort());
            assertThat(status()).contains("Port " + taken.getLocalPort() + " is in use")
                    .contains("listens on port " + t.sandbox().port());
        }
    }

    @Test
    void cancelWhileTheSandboxStartsLeavesNothingConnected(FxRobot robot) throws Exception {
        fx(() -> {
            designer.rehearsal().rehearse();
            designer.rehearsal().cancel();
            return null;
        });
        assertThat(stage()).isEqualTo(Stage.CANCELLED);
        assertThat(java.util.Optional.ofNullable(in("#rehearsal-banner"))).isEmpty();
        Thread.sleep(3000); // the sandbox that was starting comes up, and is closed instead of connected
        assertThat(fx(() -> designer.deployModel().targetProperty().get())).isNull();
        assertThat(fx(() -> designer.deployModel().planProperty().get())).isNull();
    }

    @Test
    void theWelcomeScreenSaysWhatTheSandboxIs(FxRobot robot) throws Exception {
        welcomeShown(robot);
        assertThat(((javafx.scene.control.Labeled) in("#welcome-sandbox-hint")).getText())
                .contains("simulated Proxmox VE").contains("nothing leaves this machine");
        assertThat(((javafx.scene.control.Button) in("#welcome-try-homelab")).getStyleClass()).contains("accent");
        assertThat(java.util.Optional.ofNullable(in("#welcome-try-k8s-only"))).isPresent();
        assertThat(((javafx.scene.control.Button) in("#welcome-try-homelab-kubeadm")).getStyleClass()).doesNotContain("accent");
        javafx.scene.Parent firstRow = ((javafx.scene.Parent) in("#welcome")).getChildrenUnmodifiable()
                .stream().filter(n -> n.getStyleClass().contains("welcome-sample")).map(javafx.scene.Parent.class::cast)
                .findFirst().orElseThrow();
        assertThat(firstRow.lookup("#welcome-sample-homelab")).as("the homelab is the first sample").isNotNull();
        assertThat(((javafx.scene.Parent) in("#welcome")).lookupAll(".label").stream()
                .map(n -> ((javafx.scene.control.Labeled) n).getText()))
                .anySatisfy(t -> assertThat(t).startsWith("Homelab from the blog series"));
    }

    private Stage stage() throws Exception {
        return fx(() -> designer.rehearsal().stageProperty().get());
    }

    private String status() throws Exception {
        return fx(() -> designer.rehearsal().statusProperty().get());
    }

    private Node focused() {
        try {
            return fx(() -> designer.window().getScene().getFocusOwner());
        } catch (Exception e) {
            return null;
        }
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get();
    }

    private static void await(String what, Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + MAX.toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    /** A test never opens a file dialog. */
    private static final class NoDialogs implements Dialogs {
        @Override
        public Optional<Path> chooseOpen() {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseSave(String suggestedName) {
            return Optional.empty();
        }

        @Override
        public Unsaved askUnsaved(String labName) {
            return Unsaved.DISCARD;
        }

        @Override
        public boolean askRestore(String labName) {
            return false;
        }

        @Override
        public void error(String title, String message) {
        }
    }
}
