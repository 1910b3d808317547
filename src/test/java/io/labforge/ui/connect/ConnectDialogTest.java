package io.labforge.ui.connect;

import io.labforge.deploy.connect.ConfigPaths;
import io.labforge.deploy.connect.CredentialStore;
import io.labforge.deploy.connect.Profiles;
import io.labforge.sandbox.Sandbox;
import io.labforge.ui.deploy.DeployTarget;
import io.labforge.ui.task.FxTaskRunner;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Connect dialog against the sandbox: typed profile, Test connection with the probe's findings,
 * the certificate question on first use (trust once, trust always, refuse) and "Use the sandbox".
 */
@ExtendWith(ApplicationExtension.class)
class ConnectDialogTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private Stage owner;
    private final List<DeployTarget> connected = new CopyOnWriteArrayList<>();
    private final AtomicInteger sandboxAsked = new AtomicInteger();
    private Sandbox sandbox;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @AfterEach
    void stop() {
        connected.forEach(DeployTarget::close);
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private ConfigPaths paths() {
        return new ConfigPaths(dir.resolve("config"));
    }

    private void open(FxRobot robot) {
        ConnectDialog dialog = new ConnectDialog(new FxTaskRunner(), () -> owner, paths());
        robot.interact(() -> dialog.show(connected::add, sandboxAsked::incrementAndGet));
    }

    private void fill(FxRobot robot, String profile, Sandbox s, String secret) {
        robot.clickOn("#connect-profile .text-field").write(profile);
        robot.clickOn("#connect-url").write(s.url().toString());
        robot.clickOn("#connect-node").write("pve");
        robot.clickOn("#connect-token").write(s.tokenId());
        if (secret != null) {
            robot.clickOn("#connect-secret").write(secret);
        }
    }

    /** Read on the FX thread: the dialog sets the text there while the test polls. */
    private static String findings(FxRobot robot) {
        TextArea area = robot.lookup("#connect-findings").queryAs(TextArea.class);
        try {
            return WaitForAsyncUtils.asyncFx((java.util.concurrent.Callable<String>) area::getText).get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("cannot read the findings", e);
        }
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean certificateQuestionShown(FxRobot robot) {
        return robot.lookup("#tls-confirm").tryQuery().isPresent();
    }

    private void answerCertificate(FxRobot robot, String button) throws InterruptedException {
        await("the certificate question", () -> certificateQuestionShown(robot));
        assertThat(robot.lookup("#tls-confirm").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                .contains(sandbox.fingerprint());
        robot.clickOn(robot.lookup("#tls-confirm .button").match((Button b) -> button.equals(b.getText())).queryButton());
    }

    private void awaitFindings(FxRobot robot, String start) throws InterruptedException {
        await("findings starting with " + start, () -> findings(robot).startsWith(start));
    }

    @Test
    void testConnectionShowsTheProbeAfterTrustOnceAndConnectDoesNotPinIt(FxRobot robot) throws Exception {
        sandbox = Sandbox.start(SandboxTarget.defaultConfig(0.01).withPort(0));
        open(robot);
        fill(robot, "lab-pve", sandbox, sandbox.tokenSecret());
        robot.clickOn("#connect-test");
        answerCertificate(robot, "Trust once");
        awaitFindings(robot, "Proxmox VE");
        assertThat(findings(robot)).contains("Nodes", "pve", "Storages", "local-lvm", "Templates", "9000 debian-12-cloudinit",
                "all privileges needed to deploy a lab are present", "Ready to deploy.");

        robot.clickOn("#connect-ok");
        await("the connection", () -> connected.size() == 1);
        assertThat(certificateQuestionShown(robot)).as("trusted once means for this dialog: not asked again").isFalse();
        assertThat(connected.get(0).label()).startsWith("lab-pve (" + sandbox.url());
        await("the profile to be saved", () -> Files.exists(paths().credentials()));
        assertThat(Profiles.read(paths().profiles()).get("lab-pve").fingerprint()).as("trust once is not pinned").isNull();
        assertThat(new CredentialStore(paths().credentials()).secret("lab-pve")).isPresent();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(paths().credentials()))).isEqualTo("rw-------");
        assertThat(Files.readString(paths().profiles())).doesNotContain(sandbox.tokenSecret());
    }

    @Test
    void refusingTheCertificateConnectsNothing(FxRobot robot) throws Exception {
        sandbox = Sandbox.start(SandboxTarget.defaultConfig(0.01).withPort(0));
        open(robot);
        fill(robot, "lab-pve", sandbox, sandbox.tokenSecret());
        robot.clickOn("#connect-test");
        answerCertificate(robot, "Cancel");
        awaitFindings(robot, "Not connected.");
        assertThat(findings(robot)).contains("certificate was not trusted");

        robot.clickOn("#connect-ok");
        answerCertificate(robot, "Cancel");
        awaitFindings(robot, "Not connected.");
        assertThat(connected).as("a refused certificate never connects").isEmpty();
        assertThat(robot.lookup("#connect-ok").tryQuery()).as("the dialog stays open").isPresent();
        assertThat(Files.exists(paths().profiles())).as("nothing saved").isFalse();
    }

    @Test
    void trustAlwaysPinsTheCertificateAndTheSavedSecretIsUsedNextTime(FxRobot robot) throws Exception {
        sandbox = Sandbox.start(SandboxTarget.defaultConfig(0.01).withPort(0));
        open(robot);
        fill(robot, "lab-pve", sandbox, sandbox.tokenSecret());
        robot.clickOn("#connect-ok");
        answerCertificate(robot, "Trust always");
        await("the connection", () -> connected.size() == 1);
        await("the pin to be saved", () -> Files.exists(paths().credentials()));
        assertThat(Profiles.read(paths().profiles()).get("lab-pve").fingerprint()).isEqualTo(sandbox.fingerprint());

        open(robot);
        robot.interact(() -> robot.lookup("#connect-profile").queryAs(ComboBox.class).setValue("lab-pve"));
        assertThat(robot.lookup("#connect-url").queryTextInputControl().getText()).isEqualTo(sandbox.url().toString());
        robot.clickOn("#connect-test");
        awaitFindings(robot, "Proxmox VE");
        assertThat(certificateQuestionShown(robot)).as("a pinned certificate is not asked about").isFalse();
        robot.clickOn("#connect-ok");
        await("the second connection", () -> connected.size() == 2);
    }

    @Test
    void missingPrivilegesAreListedWithWhereToGrantThem(FxRobot robot) throws Exception {
        sandbox = Sandbox.start(SandboxTarget.defaultConfig(0.01).withPort(0)
                .withPrivileges(Set.of("Sys.Audit", "VM.Audit", "Datastore.Audit", "Pool.Audit")));
        open(robot);
        fill(robot, "audit-only", sandbox, sandbox.tokenSecret());
        robot.clickOn("#connect-test");
        answerCertificate(robot, "Trust once");
        awaitFindings(robot, "Proxmox VE");
        assertThat(findings(robot)).contains("missing VM.Clone", "grant on", "Not ready to deploy");
    }

    @Test
    void wrongSecretAndBadInputAreExplainedInPlainWords(FxRobot robot) throws Exception {
        sandbox = Sandbox.start(SandboxTarget.defaultConfig(0.01).withPort(0));
        open(robot);
        robot.clickOn("#connect-profile .text-field").write("lab-pve");
        robot.clickOn("#connect-url").write("http://pve.lan:8006");
        robot.clickOn("#connect-test");
        assertThat(findings(robot)).startsWith("The URL must start with https://");
        robot.interact(() -> robot.lookup("#connect-url").queryTextInputControl().setText(sandbox.url().toString()));
        robot.clickOn("#connect-token").write(sandbox.tokenId());
        robot.clickOn("#connect-test");
        awaitFindings(robot, "Not connected.");
        assertThat(findings(robot)).contains("Enter the token's secret");
        robot.clickOn("#connect-secret").write("not-the-secret");
        robot.clickOn("#connect-test");
        answerCertificate(robot, "Trust once");
        awaitFindings(robot, "Not connected.");
        assertThat(findings(robot)).contains("refused the API token").doesNotContain("not-the-secret");
        assertThat(connected).isEmpty();
    }

    @Test
    void nodeSshAndGuestKeyAreCheckedSavedWithTheProfileAndShownAgain(FxRobot robot) throws Exception {
        sandbox = Sandbox.start(SandboxTarget.defaultConfig(0.01).withPort(0));
        open(robot);
        fill(robot, "lab-pve", sandbox, sandbox.tokenSecret());
        robot.clickOn("#connect-node-ssh").write("Root;reboot@pve");
        robot.clickOn("#connect-test");
        assertThat(findings(robot)).startsWith("Node SSH 'Root;reboot@pve': 'Root;reboot' is not a user name")
                .contains("e.g. root@pve.lan");
        robot.interact(() -> robot.lookup("#connect-node-ssh").queryTextInputControl().setText("root@pve.lan:2222"));
        robot.clickOn("#connect-ssh-key").write("~/.ssh/id_ed25519");
        robot.clickOn("#connect-test");
        assertThat(findings(robot)).startsWith("The guest SSH key is a public key (.pub)");
        robot.clickOn("#connect-ssh-key").write(".pub");
        robot.clickOn("#connect-ok");
        answerCertificate(robot, "Trust always");
        await("the connection", () -> connected.size() == 1);
        await("the profile to be saved", () -> Files.exists(paths().credentials()));
        assertThat(Profiles.read(paths().profiles()).get("lab-pve").nodeSsh()).isEqualTo("root@pve.lan:2222");
        assertThat(Profiles.read(paths().profiles()).get("lab-pve").sshKey()).isEqualTo("~/.ssh/id_ed25519.pub");

        open(robot);
        robot.interact(() -> robot.lookup("#connect-profile").queryAs(ComboBox.class).setValue("lab-pve"));
        assertThat(robot.lookup("#connect-node-ssh").queryTextInputControl().getText()).isEqualTo("root@pve.lan:2222");
        assertThat(robot.lookup("#connect-ssh-key").queryTextInputControl().getText()).isEqualTo("~/.ssh/id_ed25519.pub");
    }

    @Test
    void anUnknownNodeHostKeyIsAskedAboutWithItsFingerprint(FxRobot robot) throws Exception {
        SshHostKeyConfirm confirm = new SshHostKeyConfirm(new FxTaskRunner(), () -> owner);
        io.labforge.ssh.UnknownHostKey key = new io.labforge.ssh.UnknownHostKey("[pve.lan]:2222", "ssh-ed25519",
                "SHA256:2bXn0S1pV8m8yJm3QyqzC7f0bq2nGmTq3oU0b5yq3zI");
        for (String answer : List.of("Trust and remember", "Cancel", "Trust every new key until I disconnect")) {
            java.util.concurrent.CompletableFuture<Boolean> trusted =
                    java.util.concurrent.CompletableFuture.supplyAsync(() -> confirm.trust(key));
            await("the host key question", () -> robot.lookup("#ssh-host-key-confirm").tryQuery().isPresent());
            javafx.scene.control.DialogPane pane = robot.lookup("#ssh-host-key-confirm").queryAs(javafx.scene.control.DialogPane.class);
            assertThat(pane.getHeaderText()).contains("[pve.lan]:2222");
            assertThat(pane.getContentText()).contains("ssh-ed25519", key.fingerprint(), "known_hosts");
            robot.clickOn(robot.lookup("#ssh-host-key-confirm .button").match((Button b) -> answer.equals(b.getText())).queryButton());
            assertThat(trusted.get(10, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(answer.startsWith("Trust"));
            WaitForAsyncUtils.waitForFxEvents();
        }
        // after "every new key": the next first-seen machine is trusted without a question
        io.labforge.ssh.UnknownHostKey guest = new io.labforge.ssh.UnknownHostKey("10.10.10.21", "ssh-ed25519",
                "SHA256:q5mX0S1pV8m8yJm3QyqzC7f0bq2nGmTq3oU0b5yq3zI");
        assertThat(java.util.concurrent.CompletableFuture.supplyAsync(() -> confirm.trust(guest))
                .get(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#ssh-host-key-confirm").tryQuery()).isEmpty();
    }

    @Test
    void useTheSandboxClosesTheDialogAndAsksTheWindowToStartIt(FxRobot robot) {
        open(robot);
        robot.clickOn("#connect-sandbox");
        assertThat(sandboxAsked.get()).isEqualTo(1);
        assertThat(robot.lookup("#connect-sandbox").tryQuery()).isEmpty();
    }
}
