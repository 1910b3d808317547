package io.labforge.proxmox.it;

import io.labforge.proxmox.Credentials;
import io.labforge.proxmox.ProxmoxClient;
import io.labforge.proxmox.Secret;
import io.labforge.proxmox.fake.TestClients;
import io.labforge.proxmox.nodes.tasks.TaskWaiter;
import io.labforge.proxmox.tls.TlsTrust;
import io.labforge.sandbox.Sandbox;

import java.time.Duration;

/** Clients for a running {@link Sandbox}: pinned to its certificate, every request recorded for the contract check. */
final class SandboxClients {

    private SandboxClients() {
    }

    static ProxmoxClient.Builder token(Sandbox s) {
        return configure(ProxmoxClient.builder(s.url().toString(), new Credentials.ApiToken(s.tokenId(), Secret.of(s.tokenSecret()))), s);
    }

    static ProxmoxClient.Builder password(Sandbox s) {
        return configure(ProxmoxClient.builder(s.url().toString(), new Credentials.UserPassword(s.username(), Secret.of(s.password()))), s);
    }

    private static ProxmoxClient.Builder configure(ProxmoxClient.Builder b, Sandbox s) {
        return b.trust(TlsTrust.pinned(s.fingerprint()))
                .listener(TestClients.RECORDED::add)
                .retry(TestClients.fastRetry().withDelays(Duration.ofMillis(20), Duration.ofMillis(200)))
                .taskSettings(new TaskWaiter.Settings(Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofMinutes(2), 10));
    }
}
