package io.labforge.deploy.adapter;

import io.labforge.deploy.ProvisioningHook;
import io.labforge.deploy.engine.DeployEngine;
import io.labforge.deploy.engine.EngineSettings;
import io.labforge.deploy.engine.RetryPolicy;
import io.labforge.deploy.engine.Sleeper;
import io.labforge.deploy.journal.Journal;
import io.labforge.proxmox.Credentials;
import io.labforge.proxmox.ProxmoxClient;
import io.labforge.proxmox.Secret;
import io.labforge.proxmox.nodes.tasks.TaskWaiter;
import io.labforge.proxmox.tls.TlsTrust;
import io.labforge.sandbox.Sandbox;
import io.labforge.sandbox.SandboxConfig;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** A sandbox at a scaled clock, a client pinned to its certificate, and the adapter on top. */
final class SandboxTarget implements AutoCloseable {

    /** Real seconds per simulated second. */
    static final double SCALE = 0.005;

    final Sandbox sandbox;
    final ProxmoxClient client;
    final ProxmoxCluster cluster;

    SandboxTarget(SandboxConfig config) {
        this.sandbox = Sandbox.start(config);
        this.client = client(sandbox, config.timeScale());
        this.cluster = new ProxmoxCluster(client, settings(config.timeScale()));
    }

    static SandboxConfig config() {
        return SandboxConfig.defaults().withNodes(List.of("pve")).withTimeScale(SCALE);
    }

    static ProxmoxClient client(Sandbox sandbox, double scale) {
        return ProxmoxClient.builder(sandbox.url().toString(), new Credentials.ApiToken(sandbox.tokenId(), Secret.of(sandbox.tokenSecret())))
                .trust(TlsTrust.pinned(sandbox.fingerprint()))
                .taskSettings(new TaskWaiter.Settings(scaled(1, scale), scaled(5, scale), Duration.ofMinutes(5), 15))
                .build();
    }

    static AdapterSettings settings(double scale) {
        return new AdapterSettings(Duration.ofMinutes(2), scaled(2, scale), "local-lvm");
    }

    static EngineSettings engineSettings(double scale) {
        return EngineSettings.DEFAULT.withRetry(new RetryPolicy(8, scaled(2, scale), scaled(30, scale)))
                .withSleeper(Sleeper.REAL).withReadyTimeout(Duration.ofMinutes(2));
    }

    static Duration scaled(double seconds, double scale) {
        return Duration.ofNanos(Math.max(1_000_000L, (long) (seconds * scale * 1e9)));
    }

    DeployEngine engine(Path journal) throws Exception {
        return new DeployEngine(cluster, Journal.open(journal), ProvisioningHook.NONE, engineSettings(sandbox.config().timeScale()));
    }

    /** An engine that reaches the sandbox nodes' simulated shells for host steps. */
    DeployEngine engineWithNodeShell(Path journal) throws Exception {
        return new DeployEngine(cluster, Journal.open(journal), ProvisioningHook.NONE, engineSettings(sandbox.config().timeScale()),
                java.util.Optional.of(new SandboxNodeShell(sandbox.hosts())));
    }

    @Override
    public void close() {
        client.close();
        sandbox.close();
    }
}
