package io.labforge.ssh;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HostKeyTest {

    @TempDir
    Path dir;
    MinaServer server;

    @BeforeEach
    void start() throws Exception {
        server = MinaServer.start(dir);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void anUnknownHostIsShownWithItsOpenSshFingerprintAndRememberedWhenTrusted() throws Exception {
        List<UnknownHostKey> asked = new ArrayList<>();
        SshClient client = server.client(key -> asked.add(key));
        try (SshSession s = client.connect(server.target())) {
            assertThat(s.exec("true", l -> { })).isZero();
        }
        assertThat(asked).hasSize(1);
        UnknownHostKey key = asked.get(0);
        assertThat(key.host()).isEqualTo("[127.0.0.1]:" + server.port());
        assertThat(key.type()).isEqualTo("ecdsa-sha2-nistp256");
        assertThat(key.fingerprint()).isEqualTo(KeyUtils.getFingerPrint(server.hostKey.getPublic())).startsWith("SHA256:");
        assertThat(key.prompt()).contains(key.fingerprint());
        assertThat(Files.readString(server.knownHosts)).contains("[127.0.0.1]:" + server.port() + " ecdsa-sha2-nistp256 ");

        // Second time: remembered, not asked again.
        try (SshSession s = client.connect(server.target())) {
            assertThat(s.exec("true", l -> { })).isZero();
        }
        assertThat(asked).hasSize(1);
    }

    @Test
    void aDeclinedKeyFailsWithAClearErrorAndIsNotRemembered() throws Exception {
        SshClient client = server.client(HostKeyDecision.REJECT);
        assertThatThrownBy(() -> client.connect(server.target()))
                .isInstanceOf(HostKeyException.class)
                .hasMessageContaining("is not in " + server.knownHosts)
                .hasMessageContaining("SHA256:")
                .satisfies(e -> assertThat(((HostKeyException) e).changed()).isFalse());
        assertThat(Files.readString(server.knownHosts)).isEmpty();
        assertThat(server.commands).isEmpty();
    }

    @Test
    void aChangedKeyIsRefusedWithoutAsking() throws Exception {
        // known_hosts remembers another key for the same host and port.
        java.security.KeyPair other = MinaServer.newHostKey();
        Files.writeString(server.knownHosts, "[127.0.0.1]:" + server.port() + " "
                + org.apache.sshd.common.config.keys.PublicKeyEntry.toString(other.getPublic()) + "\n");
        List<UnknownHostKey> asked = new ArrayList<>();
        SshClient client = server.client(key -> asked.add(key));
        assertThatThrownBy(() -> client.connect(server.target()))
                .isInstanceOf(HostKeyException.class)
                .hasMessageContaining("has CHANGED")
                .hasMessageContaining(KeyUtils.getFingerPrint(server.hostKey.getPublic()))
                .satisfies(e -> assertThat(((HostKeyException) e).changed()).isTrue());
        assertThat(asked).isEmpty();
        assertThat(server.commands).isEmpty();
    }
}
