package io.labforge.ui.deploy;

import io.labforge.deploy.event.Outcome;
import io.labforge.proxmox.Credentials;
import io.labforge.proxmox.ProxmoxClient;
import io.labforge.proxmox.Secret;
import io.labforge.proxmox.nodes.qemu.QemuOptions;
import io.labforge.proxmox.tls.TlsTrust;
import io.labforge.sandbox.Sandbox;
import io.labforge.sandbox.SandboxInspector.GuestInfo;
import io.labforge.ui.canvas.StatusBadge;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.util.concurrent.Callable;

import static io.labforge.ui.deploy.DeployWindowFixture.await;
import static io.labforge.ui.deploy.DeployWindowFixture.awaitValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The canvas badges follow the cluster between runs: a VM stopped, reconfigured or deleted behind the
 * window's back shows as stopped, drift or missing within the refresh period.
 */
@ExtendWith(ApplicationExtension.class)
class LiveStatusTest {

    private static final Duration RUN = Duration.ofSeconds(40);
    /** Short refresh period for the test; the window's default is 5 s. */
    private static final Duration PERIOD = Duration.ofMillis(250);
    /** How long a change may take to show: a few periods plus a read of the whole lab (seconds on a loaded machine). */
    private static final Duration WITHIN = Duration.ofSeconds(20);

    static {
        // building the whole window takes half a minute on a loaded two-core machine; TestFX allows 30 s
        System.setProperty("testfx.setup.timeout", "120000");
    }

    private DeployWindowFixture w;

    @Start
    void start(Stage stage) throws Exception {
        w = new DeployWindowFixture(stage);
    }

    @AfterEach
    void stop() {
        w.close();
    }

    private static <T> T fx(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String badge(String id) {
        return fx(() -> {
            StatusBadge b = w.designer.canvas().statusBadges().get(id);
            return b == null ? "" : b.text();
        });
    }

    private String statusLine() {
        return fx(() -> w.designer.deploy().liveStatus().lineProperty().get());
    }

    private void deployHomelab(FxRobot robot) throws Exception {
        w.connectSandbox(DeployWindowFixture.sandbox().withTimeScale(0.01));
        fx(() -> {
            w.designer.deploy().liveStatus().setPeriod(PERIOD);
            return null;
        });
        robot.clickOn("#tool-plan");
        await("the plan", RUN, () -> w.model().planProperty().get() != null);
        robot.clickOn("#plan-deploy");
        await("the deploy", RUN, () -> w.model().resultProperty().get() != null);
        assertThat(w.model().resultProperty().get().outcome()).isEqualTo(Outcome.SUCCEEDED);
    }

    private static ProxmoxClient behindTheWindowsBack(Sandbox s) {
        return ProxmoxClient.builder(s.url().toString(), new Credentials.ApiToken(s.tokenId(), Secret.of(s.tokenSecret().toCharArray())))
                .trust(TlsTrust.pinned(s.fingerprint())).build();
    }

    private GuestInfo guest(String name) {
        return w.target.sandbox().inspect().guests().stream().filter(g -> name.equals(g.name()) && !g.template())
                .findFirst().orElseThrow(() -> new AssertionError("no guest " + name));
    }

    @Test
    void badgesFollowAVmStoppedReconfiguredOrDeletedOutsideTheWindow(FxRobot robot) throws Exception {
        deployHomelab(robot);
        awaitValue("a live read after the run", WITHIN, this::statusLine, l -> l.startsWith("Status from the sandbox"));
        assertThat(badge("lb1")).startsWith("running 10.");
        assertThat(statusLine()).contains(" running").doesNotContain("stopped");

        try (ProxmoxClient client = behindTheWindowsBack(w.target.sandbox())) {
            GuestInfo lb1 = guest("lb1");
            client.node(lb1.node()).qemu().stop(lb1.vmid());
            awaitValue("lb1's badge to turn stopped", WITHIN, () -> badge("lb1") + " | " + statusLine(), b -> b.startsWith("stopped |"));
            assertThat(statusLine()).contains("1 stopped").doesNotContain("changed outside");
            assertThat(badge("db1")).as("the others stay as they are").startsWith("running");

            GuestInfo db1 = guest("db1");
            client.node(db1.node()).qemu().updateConfigSync(db1.vmid(), QemuOptions.create().cores(7));
            awaitValue("db1's badge to show drift", WITHIN, () -> badge("db1"), b -> b.startsWith("drift · running"));
            assertThat(statusLine()).contains("1 changed outside Labforge");

            GuestInfo ws1 = guest("ws1");
            client.node(ws1.node()).qemu().stop(ws1.vmid());
            client.node(ws1.node()).qemu().delete(ws1.vmid(), true, true);
            awaitValue("ws1's badge to turn missing", WITHIN, () -> badge("ws1"), "missing"::equals);
            assertThat(statusLine()).contains("1 missing");
        }
    }

    @Test
    void anUnreachableClusterIsReportedInPlainWordsAndRetriedWithBackoff(FxRobot robot) throws Exception {
        deployHomelab(robot);
        awaitValue("a live read after the run", WITHIN, this::statusLine, l -> l.startsWith("Status from the sandbox"));
        w.target.sandbox().close();
        await("the failed read to be reported", WITHIN, () -> statusLine().startsWith("Could not read the status"));
        assertThat(statusLine()).contains("Trying again in");
        assertThat(badge("lb1")).as("the last known badges stay").startsWith("running");
    }

    @Test
    void readsNothingWhileDisconnectedAndShowsNoBadgesForALabNotDeployed(FxRobot robot) throws Exception {
        assertThat(statusLine()).isEmpty();
        w.connectSandbox(DeployWindowFixture.sandbox());
        fx(() -> {
            w.designer.deploy().liveStatus().setPeriod(PERIOD);
            return null;
        });
        await("the first read", WITHIN, () -> statusLine().startsWith("The lab is not deployed on the sandbox"));
        assertThat(fx(() -> w.designer.canvas().statusBadges().isEmpty())).isTrue();
    }
}
