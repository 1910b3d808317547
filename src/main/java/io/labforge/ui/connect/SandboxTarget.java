package io.labforge.ui.connect;

import io.labforge.app.DeploySession;
import io.labforge.app.NodeShells;
import io.labforge.app.SessionTuning;
import io.labforge.deploy.ProvisioningHook;
import io.labforge.deploy.connect.Connection;
import io.labforge.deploy.connect.ConnectionProfile;
import io.labforge.deploy.connect.TokenSecret;
import io.labforge.model.Lab;
import io.labforge.sandbox.Sandbox;
import io.labforge.sandbox.SandboxConfig;
import io.labforge.ui.deploy.DeployTarget;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The built-in simulated Proxmox as a deploy target: started on a free loopback port, its certificate
 * pinned by the fingerprint it reports, its journals in a scratch directory so a rehearsal never
 * mixes with the journal of a real cluster.
 */
public final class SandboxTarget implements DeployTarget {

    /** Real seconds per simulated second for the window's "Use the sandbox": a clone of 60 s takes 1.2 s. */
    public static final double WINDOW_SCALE = 0.02;

    private final Sandbox sandbox;
    private final Path journals;

    private SandboxTarget(Sandbox sandbox, Path journals) {
        this.sandbox = sandbox;
        this.journals = journals;
    }

    /** Starts a sandbox with node {@code pve} (the samples' target node); call off the FX thread. */
    public static SandboxTarget start(SandboxConfig config) throws IOException {
        Path dir = Files.createTempDirectory("labforge-sandbox-journals");
        return new SandboxTarget(Sandbox.start(config), dir);
    }

    public static SandboxConfig defaultConfig(double scale) {
        return SandboxConfig.defaults().withNodes(java.util.List.of("pve")).withTimeScale(scale);
    }

    @Override
    public String label() {
        return "sandbox (" + sandbox.url() + ")";
    }

    @Override
    public DeploySession open(Lab lab) throws Exception {
        ConnectionProfile p = new ConnectionProfile("sandbox", sandbox.url().toString(), sandbox.config().nodes().get(0),
                sandbox.tokenId(), sandbox.fingerprint(), null);
        Connection c = new Connection(p, new TokenSecret(sandbox.tokenSecret().toCharArray()), "sandbox");
        return DeploySession.open(c, journals.resolve(lab.name() + ".journal"), ProvisioningHook.NONE,
                SessionTuning.scaled(sandbox.config().timeScale()), NodeShells.sandbox(sandbox.url().toString()));
    }

    public Sandbox sandbox() {
        return sandbox;
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
