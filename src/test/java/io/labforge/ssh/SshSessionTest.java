package io.labforge.ssh;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SshSessionTest {

    @TempDir
    Path dir;
    MinaServer server;

    @BeforeEach
    void start() throws Exception {
        server = MinaServer.start(dir);
        server.trustInKnownHosts();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void streamsStdoutAndStderrLineByLineAndReturnsTheExitCode() throws Exception {
        List<String> lines = new ArrayList<>();
        try (SshSession s = server.client(HostKeyDecision.REJECT).connect(server.target())) {
            int code = s.exec("echo one; echo two >&2; printf 'no newline'; exit 3", lines::add);
            assertThat(code).isEqualTo(3);
        }
        assertThat(lines).containsExactlyInAnyOrder("one", "two", "no newline");
    }

    @Test
    void outputArrivesWhileTheCommandStillRuns() throws Exception {
        List<Long> arrivals = new ArrayList<>();
        long start = System.nanoTime();
        try (SshSession s = server.client(HostKeyDecision.REJECT).connect(server.target())) {
            s.exec("echo first; sleep 1; echo second", l -> arrivals.add(System.nanoTime() - start));
        }
        assertThat(arrivals).hasSize(2);
        assertThat(arrivals.get(1) - arrivals.get(0)).isGreaterThan(Duration.ofMillis(700).toNanos());
    }

    @Test
    void nonZeroExitIsATypedFailureWithTheLastLines() throws Exception {
        try (SshSession s = server.client(HostKeyDecision.REJECT).connect(server.target())) {
            assertThatThrownBy(() -> s.run("install haproxy", "for i in $(seq 1 30); do echo line$i; done; echo boom >&2; exit 7", l -> { }))
                    .isInstanceOf(RemoteCommandException.class)
                    .hasMessageContaining("install haproxy failed on labforge@127.0.0.1:" + server.port() + " with exit code 7")
                    .hasMessageContaining("boom")
                    .hasMessageContaining("line30")
                    .hasMessageNotContaining("line10\n")
                    .satisfies(e -> assertThat(((RemoteCommandException) e).exitCode()).isEqualTo(7))
                    .satisfies(e -> assertThat(((RemoteCommandException) e).lastLines()).hasSize(LineSplitter.TAIL).endsWith("boom"));
        }
    }

    @Test
    void uploadWritesTheExactBytesWithTheMode() throws Exception {
        byte[] content = "global\n  maxconn 100\n'quoted' $(not run) `nor this`\n".getBytes(StandardCharsets.UTF_8);
        try (SshSession s = server.client(HostKeyDecision.REJECT).connect(server.target())) {
            s.upload(content, "stage/etc/haproxy/haproxy.cfg", 0640);
        }
        Path written = server.home().resolve("stage/etc/haproxy/haproxy.cfg");
        assertThat(Files.readAllBytes(written)).isEqualTo(content);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(written))).isEqualTo("rw-r-----");
        assertThat(server.home().resolve("stage/etc/haproxy/haproxy.cfg.labforge-tmp")).doesNotExist();
    }

    @Test
    void aCommandThatOutlivesTheTimeoutIsStoppedWithAClearError() throws Exception {
        SshClient client = new SshClient(SshIdentity.of(server.clientKey),
                SshOptions.of(server.knownHosts, HostKeyDecision.REJECT).withCommandTimeout(Duration.ofMillis(800)));
        long start = System.nanoTime();
        try (SshSession s = client.connect(server.target())) {
            assertThatThrownBy(() -> s.exec("sleep 30", l -> { }))
                    .isInstanceOf(SshTimeoutException.class)
                    .hasMessageContaining("did not finish within");
        }
        assertThat(System.nanoTime() - start).isLessThan(Duration.ofSeconds(10).toNanos());
    }

    @Test
    void connectTimeoutToAServerThatNeverAnswers() throws Exception {
        try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            SshClient client = new SshClient(SshIdentity.of(server.clientKey),
                    SshOptions.of(server.knownHosts, HostKeyDecision.REJECT).withConnectTimeout(Duration.ofMillis(700)));
            assertThatThrownBy(() -> client.connect(new SshTarget("127.0.0.1", silent.getLocalPort(), "labforge")))
                    .isInstanceOf(SshTimeoutException.class)
                    .hasMessageContaining("timed out");
        }
    }

    @Test
    void aKeyTheServerDoesNotKnowIsRefusedPlainly() throws Exception {
        Path other = dir.resolve("other");
        Files.createDirectories(other);
        com.jcraft.jsch.KeyPair kp = com.jcraft.jsch.KeyPair.genKeyPair(new com.jcraft.jsch.JSch(), com.jcraft.jsch.KeyPair.ECDSA, 256);
        kp.writePrivateKey(other.resolve("id").toString());
        SshClient client = new SshClient(SshIdentity.of(other.resolve("id")), SshOptions.of(server.knownHosts, HostKeyDecision.REJECT));
        assertThatThrownBy(() -> client.connect(server.target()))
                .isInstanceOf(SshException.class)
                .hasMessageContaining("did not accept the SSH key");
    }

    @Test
    void anEncryptedKeyWithAWrongPassphraseNeverShowsThePassphrase() throws Exception {
        Path enc = dir.resolve("enc");
        Files.createDirectories(enc);
        com.jcraft.jsch.KeyPair kp = com.jcraft.jsch.KeyPair.genKeyPair(new com.jcraft.jsch.JSch(), com.jcraft.jsch.KeyPair.ECDSA, 256);
        kp.writePrivateKey(enc.resolve("id").toString(), "right-secret".getBytes(StandardCharsets.UTF_8));
        SshIdentity identity = SshIdentity.withPassphrase(enc.resolve("id"), "wrong-s3cret".getBytes(StandardCharsets.UTF_8));
        SshClient client = new SshClient(identity, SshOptions.of(server.knownHosts, HostKeyDecision.REJECT));
        assertThatThrownBy(() -> client.connect(server.target()))
                .isInstanceOf(SshException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret").doesNotContain("right-secret")
                        .doesNotContain("PRIVATE KEY"));
        assertThat(identity.toString()).doesNotContain("s3cret");
    }
}
