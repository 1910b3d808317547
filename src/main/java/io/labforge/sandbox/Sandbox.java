package io.labforge.sandbox;

import io.labforge.proxmox.schema.ApiSchema;
import io.labforge.sandbox.auth.Authenticator;
import io.labforge.sandbox.fault.FaultInjector;
import io.labforge.sandbox.host.SandboxHosts;
import io.labforge.sandbox.http.HttpsServerLoop;
import io.labforge.sandbox.resource.Resources;
import io.labforge.sandbox.resource.Routes;
import io.labforge.sandbox.resource.Sim;
import io.labforge.sandbox.state.SampleContent;
import io.labforge.sandbox.state.SimState;
import io.labforge.sandbox.state.StorageSlots;
import io.labforge.sandbox.task.SimClock;
import io.labforge.sandbox.task.TaskEngine;
import io.labforge.sandbox.tls.SelfSignedCertificate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.UUID;

/**
 * A simulated Proxmox VE 9 cluster served over HTTPS on loopback. Start it, point a client at {@link #url()} with
 * {@link #tokenId()}/{@link #tokenSecret()} and pin {@link #fingerprint()}; {@link #inspect()} shows the state.
 */
public final class Sandbox implements AutoCloseable {

    private final SandboxConfig config;
    private final SelfSignedCertificate certificate;
    private final String secret;
    private final String password;
    private final TaskEngine tasks;
    private final RequestRouter router;
    private final HttpsServerLoop server;
    private final SandboxInspector inspector;
    private final SandboxHosts hosts;

    private Sandbox(SandboxConfig config) throws IOException {
        this.config = config;
        this.certificate = SelfSignedCertificate.generate(config.nodes().get(0));
        this.secret = UUID.randomUUID().toString();
        this.password = UUID.randomUUID().toString().substring(0, 18);
        SimClock clock = new SimClock(config.timeScale());
        FaultInjector faults = new FaultInjector(config.faults(), config.seed());
        SimState state = new SimState(config.seed());
        SampleContent.populate(state, config.nodes());
        this.tasks = new TaskEngine(clock, faults, config.seed());
        Authenticator auth = new Authenticator(SandboxConfig.USER, password, SandboxConfig.TOKEN_NAME, secret,
                config.ticketLifetime());
        // a guest's path holds what its pool holds, as on PVE
        io.labforge.sandbox.auth.Acl acl = config.acl().withPools(vmid -> state.read(() -> {
            io.labforge.sandbox.state.Guest g = state.guests().get(vmid);
            return g == null ? null : g.pool();
        }));
        Sim sim = new Sim(state, tasks, clock, new StorageSlots(config.storageSlots()), acl, auth,
                certificate.sha256Fingerprint());
        Routes routes = Resources.all(sim);
        this.router = new RequestRouter(ApiSchema.pve(), auth, acl, faults, routes, clock);
        this.server = new HttpsServerLoop(certificate.serverContext(), config.port(), router);
        this.inspector = new SandboxInspector(state, tasks, faults);
        this.hosts = new SandboxHosts(state, config.nodes());
    }

    /** Sandboxes serving in this process, by URL: a deploy aimed at one reaches its node shells directly. */
    private static final java.util.Map<String, Sandbox> IN_PROCESS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Starts a sandbox; it serves until {@link #close()}. */
    public static Sandbox start(SandboxConfig config) {
        try {
            Sandbox s = new Sandbox(config);
            IN_PROCESS.put(s.url().toString(), s);
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the sandbox on port " + config.port() + ": " + e.getMessage(), e);
        }
    }

    /** Base URL, e.g. {@code https://127.0.0.1:8006} (the API lives under {@code /api2/json}). */
    public URI url() {
        return URI.create("https://127.0.0.1:" + server.port());
    }

    public int port() {
        return server.port();
    }

    /** SHA-256 fingerprint of the server certificate, colon-separated upper-case hex as PVE shows it. */
    public String fingerprint() {
        return certificate.sha256Fingerprint();
    }

    public X509Certificate certificate() {
        return certificate.certificate();
    }

    /** Full token ID, {@code labforge@pve!sandbox}. */
    public String tokenId() {
        return SandboxConfig.USER + "!" + SandboxConfig.TOKEN_NAME;
    }

    public String tokenSecret() {
        return secret;
    }

    /** User name for ticket login ({@code POST /access/ticket}). */
    public String username() {
        return SandboxConfig.USER;
    }

    public String password() {
        return password;
    }

    public SandboxConfig config() {
        return config;
    }

    public SandboxInspector inspect() {
        return inspector;
    }

    /** The nodes' simulated root shells, for what a deploy does over SSH on a real node. */
    public SandboxHosts hosts() {
        return hosts;
    }

    /** The sandbox of this process serving at {@code url}, if any. */
    public static java.util.Optional<Sandbox> inProcess(String url) {
        return java.util.Optional.ofNullable(url == null ? null : IN_PROCESS.get(url.replaceAll("/+$", "")));
    }

    @Override
    public void close() {
        IN_PROCESS.remove(url().toString(), this);
        server.close();
        router.close();
        tasks.close();
    }
}
