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
import java.io.UncheckedIOException;
import java.net.BindException;
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

    /** Says what the sandbox is, wherever the window names it. */
    public static final String NATURE = "a simulated Proxmox VE on this computer; nothing leaves this machine";

    /** Overrides the port the window's sandbox asks for first ({@link #PREFERRED_PORT} by default). */
    public static final String PORT_PROPERTY = "labforge.sandbox.port";

    /** Proxmox's own port, so the address looks like a real cluster's; any free port when it is taken. */
    public static final int PREFERRED_PORT = 8006;

    private final Sandbox sandbox;
    private final Path journals;
    private final String note;

    private SandboxTarget(Sandbox sandbox, Path journals, String note) {
        this.sandbox = sandbox;
        this.journals = journals;
        this.note = note;
    }

    /**
     * Starts a sandbox; when its port is taken (another sandbox, a tunnel to a real cluster) it starts
     * on any free port instead and {@link #note()} says so. Call off the FX thread.
     */
    public static SandboxTarget start(SandboxConfig config) throws IOException {
        Path dir = Files.createTempDirectory("labforge-sandbox-journals");
        try {
            return new SandboxTarget(Sandbox.start(config), dir, "");
        } catch (UncheckedIOException e) {
            if (config.port() == 0 || !(e.getCause() instanceof BindException)) {
                throw e;
            }
            Sandbox s = Sandbox.start(config.withPort(0));
            return new SandboxTarget(s, dir, "Port " + config.port() + " is in use (another sandbox, or a tunnel to a cluster?), "
                    + "so the sandbox listens on port " + s.port() + " instead.");
        }
    }

    /** Node {@code pve} (the samples' target node), on the preferred port, at {@code scale} real seconds per simulated one. */
    public static SandboxConfig defaultConfig(double scale) {
        return SandboxConfig.defaults().withNodes(java.util.List.of("pve")).withTimeScale(scale).withPort(preferredPort());
    }

    static int preferredPort() {
        try {
            return Integer.parseInt(System.getProperty(PORT_PROPERTY, String.valueOf(PREFERRED_PORT)).trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public String label() {
        return "the sandbox at " + sandbox.url() + " (" + NATURE + ")";
    }

    /** Why the sandbox is not where it was asked to be, or empty. */
    public String note() {
        return note;
    }

    @Override
    public DeploySession open(Lab lab, java.nio.file.Path labFile) throws Exception {
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
