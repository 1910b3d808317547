package io.labforge.cli;

import io.labforge.sandbox.Sandbox;
import io.labforge.sandbox.SandboxConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deploy commands as a user runs them: a profile and a 0600 credentials file in the user's
 * config, the single-VM sample, the simulated Proxmox.
 */
class DeployCommandTest {

    private static final Path SAMPLE = Path.of(System.getProperty("labforge.project.dir", "."), "assets/samples/single-vm.yaml");

    @TempDir
    static Path home;

    private static Sandbox sandbox;
    private static String savedHome;

    @BeforeAll
    static void userWithAProfileForTheSandbox() throws IOException {
        sandbox = Sandbox.start(SandboxConfig.defaults().withNodes(List.of("pve")).withTimeScale(0.005));
        savedHome = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
        Path config = Files.createDirectories(home.resolve(".config/labforge"));
        Files.writeString(config.resolve("profiles.yaml"), "profiles:\n"
                + "  home-pve:\n"
                + "    url: " + sandbox.url() + "\n"
                + "    node: pve\n"
                + "    tokenId: \"" + sandbox.tokenId() + "\"\n"
                + "    fingerprint: \"" + sandbox.fingerprint() + "\"\n");
        Path credentials = config.resolve("credentials");
        Files.writeString(credentials, "home-pve = " + sandbox.tokenSecret() + "\n");
        Files.setPosixFilePermissions(credentials, PosixFilePermissions.fromString("rw-------"));
    }

    @AfterAll
    static void restore() {
        System.setProperty("user.home", savedHome);
        sandbox.close();
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LabforgeCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void deploysReplansEmptyAndDestroysExactlyWhatItCreated() {
        String journal = home.resolve("single-vm.jsonl").toString();

        Run deploy = run("deploy", SAMPLE.toString(), "--yes", "--journal", journal);
        assertThat(deploy.code()).as(deploy.err()).isZero();
        assertThat(deploy.out()).contains("finished: succeeded").contains("vm1: 192.168.1.50");
        assertThat(sandbox.inspect().guests()).anyMatch(g -> g.name().equals("vm1") && g.running());

        Run plan = run("plan", SAMPLE.toString(), "--journal", journal);
        assertThat(plan.code()).as(plan.err()).isZero();
        assertThat(plan.out()).contains("0 to create, 0 to update, 0 to replace, 0 to delete");

        Run wrongName = run("destroy", SAMPLE.toString(), "--confirm", "single-vn", "--journal", journal);
        assertThat(wrongName.code()).isNotZero();
        assertThat(sandbox.inspect().guests()).anyMatch(g -> g.name().equals("vm1"));

        Run destroy = run("destroy", SAMPLE.toString(), "--confirm", "single-vm", "--journal", journal);
        assertThat(destroy.code()).as(destroy.err()).isZero();
        assertThat(sandbox.inspect().guests()).noneMatch(g -> g.name().equals("vm1"));
        assertThat(sandbox.inspect().guests()).allMatch(g -> g.template());
    }

    @Test
    void provisioningWithAMissingKeyIsBadInputBeforeAnythingIsTouched() {
        Path missing = home.resolve("no-such-key");
        Run deploy = run("deploy", SAMPLE.toString(), "--yes", "--provision", missing.toString(),
                "--journal", home.resolve("other.jsonl").toString());
        assertThat(deploy.code()).isEqualTo(LabforgeCli.BAD_INPUT);
        assertThat(deploy.err()).contains("labforge deploy: cannot use the SSH key " + missing).doesNotContain("Exception");
        assertThat(sandbox.inspect().createCalls()).isEmpty();
        assertThat(sandbox.inspect().cloneCalls()).doesNotContainKey("vm1").as("nothing cloned for the refused run");
    }

    @Test
    void statusAndImportReadWhatWasDeployedAndNoConnectionIsBadInput() throws IOException {
        String journal = home.resolve("status.jsonl").toString();
        Run deploy = run("deploy", SAMPLE.toString(), "--yes", "--journal", journal);
        assertThat(deploy.code()).as(deploy.err()).isZero();
        try {
            Run status = run("status", SAMPLE.toString(), "--journal", journal);
            assertThat(status.code()).as(status.err()).isZero();
            assertThat(status.out()).containsPattern("(?m)^vm1 +\\d+ +pve +running +192\\.168\\.1\\.50");

            Path imported = home.resolve("imported.yaml");
            Run imp = run("import", "-o", imported.toString(), "--profile", "home-pve", "--journal", home.resolve("imp.jsonl").toString());
            assertThat(imp.code()).as(imp.err()).isZero();
            assertThat(imp.out()).startsWith("Wrote " + imported + ": ");
            assertThat(Files.readString(imported)).contains("vm1");
            Run again = run("import", "-o", imported.toString(), "--profile", "home-pve");
            assertThat(again.code()).isEqualTo(LabforgeCli.BAD_INPUT);
            assertThat(again.err()).contains("exists; choose another file or add --force");
        } finally {
            assertThat(run("destroy", SAMPLE.toString(), "--confirm", "single-vm", "--journal", journal).code()).isZero();
        }
        for (String command : List.of("plan", "status", "destroy")) {
            Run r = run(command, SAMPLE.toString(), "--profile", "nowhere", "--journal", journal);
            assertThat(r.code()).as(command).isEqualTo(LabforgeCli.BAD_INPUT);
            assertThat(r.err()).as(command).startsWith("labforge " + command + ": ").contains("nowhere").doesNotContain("Exception");
        }
        Run missing = run("plan", home.resolve("no-lab.yaml").toString());
        assertThat(missing.code()).isEqualTo(LabforgeCli.BAD_INPUT);
    }
}
