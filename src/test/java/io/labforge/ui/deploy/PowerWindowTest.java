package io.labforge.ui.deploy;

import io.labforge.deploy.event.Outcome;
import io.labforge.deploy.event.ResourceState;
import io.labforge.proxmox.Credentials;
import io.labforge.proxmox.ProxmoxClient;
import io.labforge.proxmox.Secret;
import io.labforge.proxmox.tls.TlsTrust;
import io.labforge.sandbox.Sandbox;
import io.labforge.sandbox.SandboxInspector;
import io.labforge.sandbox.auth.Acl;
import io.labforge.sandbox.auth.Privileges;
import io.labforge.ui.canvas.StatusBadge;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import static io.labforge.ui.deploy.DeployWindowFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Start lab / Stop lab from the window on the sandbox: the Lab menu and the toolbar run them off the FX
 * thread, the Deploy tab's rows and the canvas badges follow, and a token lacking a privilege is refused
 * with the message in the Plan tab before anything changes.
 */
@ExtendWith(ApplicationExtension.class)
class PowerWindowTest {

    private static final Duration RUN = Duration.ofSeconds(90);

    private DeployWindowFixture w;

    @Start
    void start(Stage stage) throws Exception {
        w = new DeployWindowFixture(stage);
    }

    @AfterEach
    void stop() {
        w.close();
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get();
    }

    @Test
    void stopsFromTheLabMenuStartsFromTheToolbarAndRefusesWhatTheTokenMayNotDo(FxRobot robot) throws Exception {
        // the token may power guests only through the lab's pool (a guest's path holds what its pool holds)
        Set<String> allButPower = new HashSet<>(Privileges.ALL);
        allButPower.remove("VM.PowerMgmt");
        w.connectSandbox(DeployWindowFixture.sandbox().withAcl(new Acl(Map.of("/", allButPower, "/pool/lab-homelab", Set.of("VM.PowerMgmt")))));
        robot.clickOn("#tool-plan");
        await("the plan", RUN, () -> w.model().planProperty().get() != null);
        robot.clickOn("#plan-deploy");
        await("the deploy", RUN, () -> w.model().resultProperty().get() != null);
        assertThat(w.model().resultProperty().get().outcome()).isEqualTo(Outcome.SUCCEEDED);

        robot.clickOn("Lab").clickOn("Stop lab");
        await("the stop to begin", RUN, () -> w.model().runningProperty().get());
        await("the stop to end", RUN, () -> !w.model().runningProperty().get());
        assertThat(guests()).hasSize(14).allSatisfy(g -> assertThat(g.running()).as(g.name()).isFalse());
        assertThat(w.model().rows()).hasSize(14).allSatisfy(r -> assertThat(r.stateProperty().get()).isEqualTo(ResourceState.STOPPED));
        assertThat(fx(() -> w.designer.canvas().statusBadges().get("fw1"))).extracting(StatusBadge::text).isEqualTo("stopped");
        assertThat(fx(() -> w.model().messageProperty().get())).startsWith("Stop succeeded in ");
        assertThat(fx(() -> w.model().progress().summaryProperty().get())).isEqualTo("Stopped 14 of 14 guests in 6 tiers.");

        robot.clickOn("#tool-start-lab");
        await("the start to begin", RUN, () -> w.model().runningProperty().get());
        await("the start to end", RUN, () -> !w.model().runningProperty().get());
        assertThat(guests()).allSatisfy(g -> assertThat(g.running()).as(g.name()).isTrue());
        assertThat(fx(() -> w.designer.canvas().statusBadges().get("lb1").text())).isEqualTo("running 10.10.10.10");

        int ws1 = guests().stream().filter(g -> g.name().equals("ws1")).findFirst().orElseThrow().vmid();
        leavePool(w.target.sandbox(), ws1);
        robot.clickOn("Lab").clickOn("Stop lab");
        await("the refusal", RUN, () -> !w.model().busyProperty().get() && w.model().messageProperty().get().startsWith("Cannot stop"));
        String shown = fx(() -> robot.lookup("#plan-summary").queryAs(Labeled.class).getText());
        assertThat(shown).contains("lacks 1 privilege to stop lab 'homelab'")
                .contains("VM.PowerMgmt on /vms/" + ws1)
                .contains("pveum acl modify '/vms/" + ws1 + "' --tokens 'labforge@pve!sandbox' --roles LabforgeLab");
        assertThat(fx(() -> robot.lookup("#plan-view").query().isVisible())).as("the Plan tab is shown").isTrue();
        assertThat(guests()).as("nothing was stopped").allSatisfy(g -> assertThat(g.running()).isTrue());
    }

    private List<SandboxInspector.GuestInfo> guests() {
        return w.target.sandbox().inspect().guests().stream().filter(g -> !g.template()).toList();
    }

    /** Someone takes a guest out of the lab's pool in the Proxmox UI. */
    private static void leavePool(Sandbox s, int vmid) {
        try (ProxmoxClient c = ProxmoxClient.builder(s.url().toString(), new Credentials.ApiToken(s.tokenId(), Secret.of(s.tokenSecret())))
                .trust(TlsTrust.pinned(s.fingerprint())).build()) {
            c.pools().removeGuests("lab-homelab", List.of(vmid));
        }
    }
}
