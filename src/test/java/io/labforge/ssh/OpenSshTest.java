package io.labforge.ssh;

import io.labforge.shell.ShellQuote;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Against Debian's real OpenSSH on loopback, started by .ci/run (.ci/openssh-loopback.sh): the
 * algorithms, host-key format and exec semantics of the servers labs actually run.
 */
@EnabledIfEnvironmentVariable(named = "LABFORGE_OPENSSH_PORT", matches = "\\d+")
class OpenSshTest {

    @TempDir
    Path tmp;

    Path dir;
    SshTarget target;

    @BeforeEach
    void setUp() {
        dir = Path.of(System.getenv("LABFORGE_OPENSSH_DIR"));
        target = new SshTarget("127.0.0.1", Integer.parseInt(System.getenv("LABFORGE_OPENSSH_PORT")), System.getenv("LABFORGE_OPENSSH_USER"));
    }

    private SshClient client(Path knownHosts, HostKeyDecision decision) {
        return new SshClient(SshIdentity.of(dir.resolve("id_ed25519")), SshOptions.of(knownHosts, decision));
    }

    @Test
    void execStreamsOutputAndReportsExitCodes() throws Exception {
        List<String> lines = new ArrayList<>();
        try (SshSession s = client(dir.resolve("known_hosts"), HostKeyDecision.REJECT).connect(target)) {
            assertThat(s.exec("echo out; echo err >&2; exit 5", lines::add)).isEqualTo(5);
            assertThatThrownBy(() -> s.run("a failing step", "echo why >&2; false", l -> { }))
                    .isInstanceOf(RemoteCommandException.class).hasMessageContaining("why");
        }
        assertThat(lines).containsExactlyInAnyOrder("out", "err");
    }

    @Test
    void uploadsThroughTheShell() throws Exception {
        Path remote = tmp.resolve("sub dir/it's.cfg");
        byte[] content = "a $(b) `c`\n".getBytes(StandardCharsets.UTF_8);
        try (SshSession s = client(dir.resolve("known_hosts"), HostKeyDecision.REJECT).connect(target)) {
            s.upload(content, remote.toString(), 0640);
        }
        assertThat(Files.readAllBytes(remote)).isEqualTo(content);
    }

    @Test
    void firstUseShowsTheSameFingerprintAsSshKeygen() throws Exception {
        List<UnknownHostKey> asked = new ArrayList<>();
        try (SshSession s = client(tmp.resolve("known_hosts"), asked::add).connect(target)) {
            assertThat(s.exec("true", l -> { })).isZero();
        }
        assertThat(asked).singleElement().satisfies(k -> {
            assertThat(k.type()).isEqualTo("ssh-ed25519");
            assertThat(k.fingerprint()).isEqualTo(Files.readString(dir.resolve("host_fingerprint")).trim());
        });
        assertThatThrownBy(() -> client(tmp.resolve("empty_known_hosts"), HostKeyDecision.REJECT).connect(target))
                .isInstanceOf(HostKeyException.class);
    }

    @Test
    void hostileArgumentsReachTheServerQuotedAndRunAsOneWord() throws Exception {
        String hostile = "x'; touch /tmp/labforge-PWNED; echo \"$(id)\" `id`\nnext";
        String command = ShellQuote.command("printf", "[%s]", hostile);
        List<String> out = new ArrayList<>();
        try (SshSession s = client(dir.resolve("known_hosts"), HostKeyDecision.REJECT).connect(target)) {
            assertThat(s.exec(command, out::add)).isZero();
        }
        assertThat(String.join("\n", out)).isEqualTo("[" + hostile + "]");
        String[] received = Files.readString(dir.resolve("commands.log")).split("\036");
        assertThat(received).contains(command);
        assertThat(Path.of("/tmp/labforge-PWNED")).doesNotExist();
    }
}
