package io.labforge.proxmox.fake;

import io.labforge.proxmox.Credentials;
import io.labforge.proxmox.ProxmoxClient;
import io.labforge.proxmox.Secret;
import io.labforge.proxmox.api.RecordedRequest;
import io.labforge.proxmox.api.RetryPolicy;
import io.labforge.proxmox.nodes.tasks.TaskWaiter;
import io.labforge.proxmox.tls.Fingerprints;
import io.labforge.proxmox.tls.TlsTrust;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Clients wired to a {@link FakePveServer}: pinned certificate, fast retries and task polling. */
public final class TestClients {

    public static final String TOKEN_ID = "deployer@pve!labforge";
    public static final String TOKEN_SECRET = "5f0c1d2e-7a41-4b9e-9c3d-0123456789ab";
    public static final String PASSWORD = "correct-horse-battery-staple";

    /** Every request any test client sent, for the schema contract check. */
    public static final List<RecordedRequest> RECORDED = new CopyOnWriteArrayList<>();

    private TestClients() {
    }

    public static RetryPolicy fastRetry() {
        return RetryPolicy.defaults().withDelays(Duration.ofMillis(1), Duration.ofMillis(5));
    }

    public static ProxmoxClient.Builder token(FakePveServer server) {
        return configure(ProxmoxClient.builder(server.url(), new Credentials.ApiToken(TOKEN_ID, Secret.of(TOKEN_SECRET))), server);
    }

    public static ProxmoxClient.Builder password(FakePveServer server) {
        return configure(ProxmoxClient.builder(server.url(), new Credentials.UserPassword("deployer@pve", Secret.of(PASSWORD))), server);
    }

    private static ProxmoxClient.Builder configure(ProxmoxClient.Builder b, FakePveServer server) {
        return b.trust(TlsTrust.pinned(Fingerprints.sha256(server.certificate().certificate())))
                .retry(fastRetry())
                .listener(RECORDED::add)
                .timeouts(Duration.ofSeconds(5), Duration.ofSeconds(5))
                .taskSettings(new TaskWaiter.Settings(Duration.ofMillis(5), Duration.ofMillis(20), Duration.ofSeconds(10), 5));
    }
}
