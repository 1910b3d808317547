package io.labforge.cli;

import io.labforge.deploy.provision.UserDataSnippets;
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

/** plan, deploy and destroy of a lab with NAT on the host, against a sandbox running in this process. */
class HostStepsCommandTest {

    private static final Path NAT_LAB = Path.of(System.getProperty("labforge.project.dir", "."),
            "src/test/resources/io/labforge/deploy/nat-lab.yaml");

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
        Files.writeString(config.resolve("profiles.yaml"), "profiles:\n  home-pve:\n    url: " + sandbox.url() + "\n    node: pve\n"
                + "    tokenId: \"" + sandbox.tokenId() + "\"\n    fingerprint: \"" + sandbox.fingerprint() + "\"\n");
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
    void thePlanListsTheHostStepsTheDeployRunsThemAndDestroyUndoesThem() {
        String journal = home.resolve("nat-lab.jsonl").toString();
        Run plan = run("plan", NAT_LAB.toString(), "--journal", journal);
        assertThat(plan.out()).contains("+   host   pve:nat:lab").contains("masquerade 10.20.0.0/24 (lab) out through vmbr0 on pve")
                .doesNotContain("will NOT be done")
                .contains("pve:user-data:vm1").contains("write the cloud-init user-data of vm1 to local:snippets/labforge-nat-lab-vm1-");

        Run deploy = run("deploy", NAT_LAB.toString(), "--yes", "--journal", journal);
        assertThat(deploy.code()).as(deploy.out() + deploy.err()).isZero();
        assertThat(sandbox.hosts().natRules("pve", "POSTROUTING"))
                .containsExactly("-s 10.20.0.0/24 -o vmbr0 -j MASQUERADE -m comment --comment labforge:nat-lab:lab");

        assertThat(sandbox.inspect().storageContent("local")).anyMatch(v -> v.startsWith("local:snippets/labforge-nat-lab-vm1-"));

        Run again = run("plan", NAT_LAB.toString(), "--journal", journal);
        assertThat(again.out()).contains("0 to create, 0 to update, 0 to replace, 0 to delete");

        Run destroy = run("destroy", NAT_LAB.toString(), "--confirm", "nat-lab", "--journal", journal);
        assertThat(destroy.code()).as(destroy.out() + destroy.err()).isZero();
        assertThat(sandbox.hosts().natRules("pve", "POSTROUTING")).isEmpty();
        assertThat(sandbox.inspect().storageContent("local")).noneMatch(v -> v.contains("labforge-nat-lab"));
    }

    @Test
    void theUserDataOverrideBesideTheLabIsWhatPlanAndDeployDeliver() throws IOException {
        Path labDir = Files.createDirectories(home.resolve("overridden"));
        Path lab = Files.copy(NAT_LAB, labDir.resolve("nat-lab.yaml"));
        String mine = "#cloud-config\nhostname: vm1\npackages: [ tmux ]\n";
        Files.writeString(Files.createDirectories(labDir.resolve("overrides/vm1")).resolve("user-data"), mine);
        String snippet = UserDataSnippets.fileName("nat-lab", "vm1", mine);
        String journal = home.resolve("overridden.jsonl").toString();

        Run plan = run("plan", lab.toString(), "--journal", journal);
        assertThat(plan.out()).as(plan.err()).contains("to local:snippets/" + snippet);
        Run deploy = run("deploy", lab.toString(), "--yes", "--journal", journal);
        assertThat(deploy.code()).as(deploy.out() + deploy.err()).isZero();
        assertThat(sandbox.hosts().file("pve", "/var/lib/vz/snippets/" + snippet)).contains(mine);
        assertThat(run("plan", lab.toString(), "--journal", journal).out()).contains("0 to create, 0 to update, 0 to replace, 0 to delete");
        assertThat(run("status", lab.toString(), "--journal", journal).out()).doesNotContain("drift");

        Run destroy = run("destroy", lab.toString(), "--confirm", "nat-lab", "--journal", journal);
        assertThat(destroy.code()).as(destroy.out() + destroy.err()).isZero();
        assertThat(sandbox.inspect().storageContent("local")).noneMatch(v -> v.contains("labforge-nat-lab"));
    }

    @Test
    void aMalformedNodeSshIsBadInputNamingWhatWouldBeRight() {
        Run plan = run("plan", NAT_LAB.toString(), "--node-ssh", "Root;reboot@pve", "--journal", home.resolve("x.jsonl").toString());
        assertThat(plan.code()).isEqualTo(LabforgeCli.BAD_INPUT);
        assertThat(plan.err()).contains("labforge plan: node SSH 'Root;reboot@pve'").contains("user@host[:port]").doesNotContain("Exception");
    }
}
