package io.labforge.app;

import io.labforge.deploy.ProvisioningHook;
import io.labforge.deploy.adapter.ProxmoxCluster;
import io.labforge.deploy.connect.ConnectException;
import io.labforge.deploy.connect.Connection;
import io.labforge.deploy.engine.DeployEngine;
import io.labforge.deploy.engine.EngineSettings;
import io.labforge.deploy.power.LabPower;
import io.labforge.deploy.journal.Journal;
import io.labforge.deploy.plan.DeployOptions;
import io.labforge.deploy.port.Cluster;
import io.labforge.deploy.port.NodeShell;
import io.labforge.proxmox.Credentials;
import io.labforge.proxmox.ProxmoxClient;
import io.labforge.proxmox.Secret;
import io.labforge.proxmox.tls.TlsTrust;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Wires a deploy for one lab: the Proxmox client from a resolved connection, the adapter, the journal
 * and the engine. Used by the command line and the window alike.
 */
public final class DeploySession implements AutoCloseable {

    private final ProxmoxClient client;
    private final Cluster cluster;
    private final Journal journal;
    private final DeployEngine engine;
    private final DeployOptions options;
    private final EngineSettings settings;

    private DeploySession(ProxmoxClient client, Cluster cluster, Journal journal, DeployEngine engine, DeployOptions options,
                          EngineSettings settings) {
        this.settings = settings;
        this.client = client;
        this.cluster = cluster;
        this.journal = journal;
        this.engine = engine;
        this.options = options;
    }

    public static DeploySession open(Connection c, Path journalFile, ProvisioningHook hook) throws ConnectException, IOException {
        return open(c, journalFile, hook, SessionTuning.DEFAULT);
    }

    /** As {@link #open(Connection, Path, ProvisioningHook)}, with polling and retry intervals of {@code t} (e.g. a scaled sandbox). */
    public static DeploySession open(Connection c, Path journalFile, ProvisioningHook hook, SessionTuning t)
            throws ConnectException, IOException {
        return open(c, journalFile, hook, t, NodeShells.sandbox(c.profile().url()));
    }

    /** As {@link #open(Connection, Path, ProvisioningHook, SessionTuning)}, with the shell on the nodes for host steps. */
    public static DeploySession open(Connection c, Path journalFile, ProvisioningHook hook, SessionTuning t,
                                     Optional<NodeShell> nodeShell) throws ConnectException, IOException {
        ProxmoxClient client;
        try {
            client = ProxmoxClient.builder(c.profile().url(),
                            new Credentials.ApiToken(c.profile().tokenId(), Secret.of(c.secret().chars())))
                    .trust(c.profile().fingerprint() == null ? TlsTrust.system() : TlsTrust.pinned(c.profile().fingerprint()))
                    .taskSettings(t.tasks())
                    .build();
        } catch (IllegalArgumentException e) {
            throw new ConnectException(e.getMessage());
        } finally {
            c.secret().destroy();
        }
        Cluster cluster = new ProxmoxCluster(client, t.adapter());
        Journal journal = Journal.open(journalFile);
        DeployEngine engine = new DeployEngine(cluster, journal, hook, t.engine(), nodeShell);
        return new DeploySession(client, cluster, journal, engine, options(c), t.engine());
    }

    private static DeployOptions options(Connection c) throws ConnectException {
        String key = c.profile().sshKey();
        if (key == null) {
            return DeployOptions.DEFAULT;
        }
        Path file = ProvisioningSetup.userPath(key);
        try {
            String text = Files.readString(file).strip();
            if (text.contains("PRIVATE KEY")) {
                throw new ConnectException(file + " is a private key; the profile's sshKey must name the public key (.pub)");
            }
            return new DeployOptions(DeployOptions.DEFAULT.ciUser(), List.of(text.split("\n")));
        } catch (IOException e) {
            throw new ConnectException("cannot read the public key " + file + ": " + e.getMessage());
        }
    }

    public Cluster cluster() {
        return cluster;
    }

    public DeployEngine engine() {
        return engine;
    }

    /** Start and stop the whole lab, with the engine's caps, retries and readiness timeout. */
    public LabPower power() {
        return new LabPower(cluster, journal, settings);
    }

    public Journal journal() {
        return journal;
    }

    public DeployOptions options() {
        return options;
    }

    @Override
    public void close() throws IOException {
        journal.close();
        client.close();
    }
}
