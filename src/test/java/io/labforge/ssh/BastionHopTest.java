package io.labforge.ssh;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BastionHopTest {

    @TempDir
    Path dir;

    @Test
    void reachesTheTargetThroughTheBastionsTunnelCheckingBothHostKeys() throws Exception {
        try (MinaServer bastion = MinaServer.startBastion(dir); MinaServer inner = MinaServer.start(dir)) {
            List<String> asked = new ArrayList<>();
            SshClient client = bastion.client(key -> asked.add(key.host()));
            List<String> out = new ArrayList<>();
            try (SshSession s = client.connect(inner.target(), Optional.of(bastion.target()))) {
                assertThat(s.exec("echo inside", out::add)).isZero();
            }
            assertThat(out).containsExactly("inside");
            assertThat(bastion.tunnels).containsExactly("127.0.0.1:" + inner.port());
            assertThat(inner.commands).containsExactly("echo inside");
            assertThat(bastion.commands).isEmpty();
            assertThat(asked).containsExactly("[127.0.0.1]:" + bastion.port(), "[127.0.0.1]:" + inner.port());
            assertThat(Files.readAllLines(bastion.knownHosts)).hasSize(2);
        }
    }

    @Test
    void aBastionThatRefusesTunnelsGivesAClearError() throws Exception {
        try (MinaServer noTunnels = MinaServer.start(dir); MinaServer inner = MinaServer.start(dir)) {
            noTunnels.trustInKnownHosts();
            inner.trustInKnownHosts();
            SshClient client = noTunnels.client(HostKeyDecision.REJECT);
            assertThatThrownBy(() -> client.connect(inner.target(), Optional.of(noTunnels.target())))
                    .isInstanceOf(SshException.class)
                    .hasMessageContaining("cannot connect to labforge@127.0.0.1:" + inner.port());
            assertThat(inner.commands).isEmpty();
        }
    }

    @Test
    void theTargetsHostKeyIsCheckedEvenThroughTheTunnel() throws Exception {
        try (MinaServer bastion = MinaServer.startBastion(dir); MinaServer inner = MinaServer.start(dir)) {
            bastion.trustInKnownHosts();
            SshClient client = bastion.client(HostKeyDecision.REJECT);
            assertThatThrownBy(() -> client.connect(inner.target(), Optional.of(bastion.target())))
                    .isInstanceOf(HostKeyException.class)
                    .hasMessageContaining("[127.0.0.1]:" + inner.port());
        }
    }
}
