package io.labforge.cli;

import io.labforge.app.DeploySession;
import io.labforge.app.NodeShells;
import io.labforge.app.SessionTuning;
import io.labforge.deploy.port.NodeShell;
import io.labforge.ssh.HostKeyDecision;
import io.labforge.deploy.ProvisioningHook;
import io.labforge.deploy.connect.ConnectException;
import io.labforge.deploy.connect.Connection;
import io.labforge.deploy.connect.ConnectionResolver;
import io.labforge.deploy.plan.DeployOptions;
import io.labforge.deploy.provision.Overrides;
import io.labforge.deploy.port.ClusterException;
import io.labforge.deploy.journal.JournalLocation;
import io.labforge.io.LabFileException;
import io.labforge.io.LabFiles;
import io.labforge.model.Lab;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/** What plan, deploy, destroy, status, import, start and stop share: read the lab, connect, open the journal. */
final class DeploySupport {

    /** A command's work on an open session; its exit code. */
    @FunctionalInterface
    interface SessionWork {
        /** {@code options}: the session's, with the lab's override files. */
        int run(Lab lab, DeploySession session, DeployOptions options) throws ClusterException, IOException, InterruptedException;
    }

    private DeploySupport() {
    }

    /**
     * Reads the lab, opens a session on its target and runs {@code work}, closing the session after.
     * An unreadable lab or no connection is bad input (the reason is printed); a cluster that
     * cannot be read is a problem ("labforge COMMAND: unable to read the cluster: ...").
     */
    static int withSession(Path file, ConnectionOptions c, PrintWriter err, String command, SessionWork work) {
        Optional<LabInput> input = read(file, err);
        return input.isEmpty() ? LabforgeCli.BAD_INPUT : withSession(input.get().lab(), input.get().overrides(), c, err, command, work);
    }

    static int withSession(Lab lab, Overrides overrides, ConnectionOptions c, PrintWriter err, String command, SessionWork work) {
        Optional<DeploySession> session = open(lab, c, err, command);
        if (session.isEmpty()) {
            return LabforgeCli.BAD_INPUT;
        }
        try {
            return work.run(lab, session.get(), session.get().options().withOverrides(overrides));
        } catch (ClusterException | IOException e) {
            err.println("labforge " + command + ": unable to read the cluster: " + e.getMessage());
            return LabforgeCli.PROBLEMS;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return LabforgeCli.PROBLEMS;
        } finally {
            close(session.get());
        }
    }

    /** A lab file and the override files beside it: what every command that talks to the cluster reads. */
    record LabInput(Lab lab, Overrides overrides) {
    }

    /** The lab and its overrides, or empty when either cannot be read (the reason is printed). */
    static Optional<LabInput> read(Path file, PrintWriter err) {
        return readLab(file, err).flatMap(lab -> readOverrides(file, err).map(o -> new LabInput(lab, o)));
    }

    private static Optional<Lab> readLab(Path file, PrintWriter err) {
        try {
            return Optional.of(LabFiles.read(file));
        } catch (LabFileException e) {
            err.println(e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The override files beside the lab ({@code overrides/NODE/FILE}): they change the user-data the plan
     * delivers, so plan, deploy, status, start, stop and destroy all read them.
     */
    private static Optional<Overrides> readOverrides(Path file, PrintWriter err) {
        try {
            return Optional.of(Overrides.besideLabFile(file));
        } catch (IOException e) {
            err.println(file + ": cannot read the override files beside the lab: " + e.getMessage());
            return Optional.empty();
        }
    }

    static Optional<DeploySession> open(Lab lab, ConnectionOptions c, PrintWriter err, String command) {
        return open(lab, c, err, command, ProvisioningHook.NONE);
    }

    static Optional<DeploySession> open(Lab lab, ConnectionOptions c, PrintWriter err, String command, ProvisioningHook hook) {
        String profile = c.profile != null ? c.profile : lab.target() == null ? null : lab.target().profile();
        String node = lab.target() == null ? null : lab.target().node();
        try {
            Connection conn = ConnectionResolver.forUser().resolve(profile, c.url, c.tokenId, c.fingerprint, node);
            Path journal = c.journal != null ? c.journal : JournalLocation.forLab(lab.name());
            Optional<NodeShell> nodeShell = NodeShells.of(conn.profile(), c.nodeSsh, c.nodeSshKey,
                    Path.of(System.getProperty("user.home"), ".ssh", "known_hosts"), HostKeyDecision.REJECT);
            return Optional.of(DeploySession.open(conn, journal, hook, SessionTuning.DEFAULT, nodeShell));
        } catch (ConnectException e) {
            err.println("labforge " + command + ": " + e.getMessage());
        } catch (IOException e) {
            err.println("labforge " + command + ": cannot open the deploy journal: " + e.getMessage());
        }
        return Optional.empty();
    }

    static void close(DeploySession s) {
        try {
            s.close();
        } catch (IOException e) {
            // closing the journal after its last fsync: nothing is lost
        }
    }
}
