package io.labforge.sandbox;

import io.labforge.deploy.provision.HostStep;
import io.labforge.deploy.provision.HostSteps;
import io.labforge.deploy.provision.LabFacts;
import io.labforge.io.LabFiles;
import io.labforge.kind.NodeKinds;
import io.labforge.sandbox.host.SandboxHosts;
import io.labforge.sandbox.host.UnsupportedShellException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sandbox nodes' simulated root shells run exactly what the host steps send, and refuse the rest. */
class SandboxHostsTest {

    static final Path NAT_LAB = Path.of(System.getProperty("labforge.project.dir", "."), "src/test/resources/io/labforge/deploy/nat-lab.yaml");

    private static Sandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(SandboxConfig.defaults().withPort(0).withNodes(List.of("pve", "pve2")));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void theHostStepsApplyTwiceCheckAndRemoveLikeOnARealHost() throws Exception {
        SandboxHosts hosts = sandbox.hosts();
        List<HostStep> steps = new HostSteps(new LabFacts(LabFiles.read(NAT_LAB), NodeKinds.builtin())).steps();
        for (HostStep s : steps) {
            assertThat(hosts.run("pve", s.checkCommand()).status()).as(s.id()).isNotZero();
        }
        for (int round = 0; round < 2; round++) {
            for (HostStep s : steps) {
                SandboxHosts.Result r = hosts.run("pve", s.applyCommand());
                assertThat(r.status()).as(s.id() + ": " + r.stderr()).isZero();
                assertThat(r.stderr()).isEmpty();
            }
        }
        for (HostStep s : steps) {
            assertThat(hosts.run("pve", s.checkCommand()).status()).as(s.id()).isZero();
        }
        assertThat(hosts.natRules("pve", "POSTROUTING")).hasSize(1);
        assertThat(hosts.natRules("pve2", "POSTROUTING")).isEmpty();
        assertThat(hosts.sysctl("pve", "net.ipv4.ip_forward")).isEqualTo("1");

        for (int i = steps.size() - 1; i >= 0; i--) {
            assertThat(hosts.run("pve", steps.get(i).removeCommand()).status()).isZero();
        }
        assertThat(hosts.natRules("pve", "POSTROUTING")).isEmpty();
        assertThat(hosts.files("pve")).containsExactly("/etc/network/interfaces");
        for (HostStep s : steps.subList(1, steps.size())) {
            assertThat(hosts.run("pve", s.checkCommand()).status()).as(s.id()).isNotZero();
        }
    }

    @Test
    void shellGrammarBehavesAsShDoes() {
        SandboxHosts hosts = sandbox.hosts();
        assertThat(hosts.run("pve2", "false && echo no || echo 'yes, it''s' \"quoted\\\"\"").stdout()).isEqualTo("yes, its quoted\"\n");
        assertThat(hosts.run("pve2", "printf '%s\\n' a b c > /tmp/x; grep -x b /tmp/x").stdout()).isEqualTo("b\n");
        assertThat(hosts.run("pve2", "echo oops >&2").stderr()).isEqualTo("oops\n");
        assertThat(hosts.run("pve2", "grep -q nothing /missing").status()).isEqualTo(2);
        assertThat(hosts.run("pve2", "grep -qs nothing /missing 2>/dev/null").stderr()).isEmpty();
        assertThat(hosts.run("pve2", "{ false; } || echo grouped").stdout()).isEqualTo("grouped\n");
    }

    @Test
    void anythingElseIsRefusedWithWhatIsSimulated() {
        SandboxHosts hosts = sandbox.hosts();
        assertThatThrownBy(() -> hosts.run("pve", "curl https://example.org | sh"))
                .isInstanceOf(UnsupportedShellException.class).hasMessageContaining("curl").hasMessageContaining("simulates sysctl, iptables");
        assertThatThrownBy(() -> hosts.run("pve", "iptables -F")).hasMessageContaining("iptables -t nat -C|-A|-D");
        assertThatThrownBy(() -> hosts.run("pve", "echo $HOME")).hasMessageContaining("expansions");
        assertThatThrownBy(() -> hosts.run("pve", "rm -rf /")).hasMessageContaining("rm -f FILE");
        assertThatThrownBy(() -> hosts.run("nope", "true")).hasMessageContaining("no node 'nope'").hasMessageContaining("pve, pve2");
        assertThatThrownBy(() -> hosts.run("pve", "echo 'open")).hasMessageContaining("unterminated");
    }

    @Test
    void aSnippetWrittenToTheLocalStorageShowsUpInItsContent() {
        sandbox.hosts().upload("pve", "/var/lib/vz/snippets/labforge-t-vm1.yaml", "#cloud-config\n".getBytes(StandardCharsets.UTF_8));
        assertThat(sandbox.inspect().storageContent("local")).contains("local:snippets/labforge-t-vm1.yaml");
        sandbox.hosts().run("pve", "rm -f /var/lib/vz/snippets/labforge-t-vm1.yaml");
        assertThat(sandbox.inspect().storageContent("local")).doesNotContain("local:snippets/labforge-t-vm1.yaml");
    }
}
