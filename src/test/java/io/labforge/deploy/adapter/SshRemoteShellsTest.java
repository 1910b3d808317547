package io.labforge.deploy.adapter;

import io.labforge.deploy.ProvisioningException;
import io.labforge.deploy.provision.RemoteShell;
import io.labforge.ssh.HostKeyDecision;
import io.labforge.ssh.MinaServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Provisioning's shell port over real SSH (in-process MINA server running a real /bin/sh). */
class SshRemoteShellsTest {

    @TempDir
    Path dir;

    @Test
    void uploadRunAndReadThroughTheAdapter() throws Exception {
        try (MinaServer server = MinaServer.start(dir)) {
            server.trustInKnownHosts();
            SshRemoteShells shells = new SshRemoteShells(server.client(HostKeyDecision.REJECT), "labforge", server.port(), Optional.empty());
            List<String> out = new ArrayList<>();
            try (RemoteShell shell = shells.open("127.0.0.1")) {
                shell.upload("stage/secret", "s3cret-value".getBytes(StandardCharsets.UTF_8), 0600);
                shell.run("show", "ls stage && echo done", out::add);
                assertThat(new String(shell.read("read", "cat stage/secret; echo 'to stderr' >&2"), StandardCharsets.UTF_8))
                        .isEqualTo("s3cret-value");
                assertThatThrownBy(() -> shell.read("read the token", "cat stage/secret; exit 4"))
                        .isInstanceOf(ProvisioningException.class)
                        .hasMessageContaining("read the token failed")
                        .hasMessageContaining("exit code 4")
                        .hasMessageNotContaining("s3cret-value");
            }
            assertThat(out).containsExactly("secret", "done");
            assertThat(Files.readString(server.home().resolve("stage/secret"))).isEqualTo("s3cret-value");
        }
    }

    @Test
    void connectionProblemsBecomeProvisioningErrorsInPlainWords() throws Exception {
        try (MinaServer server = MinaServer.start(dir)) {
            SshRemoteShells shells = new SshRemoteShells(server.client(HostKeyDecision.REJECT), "labforge", server.port(), Optional.empty());
            assertThatThrownBy(() -> shells.open("127.0.0.1"))
                    .isInstanceOf(ProvisioningException.class)
                    .hasMessageContaining("not in")
                    .hasMessageContaining("known_hosts");
        }
    }
}
