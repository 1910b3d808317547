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
import io.labforge.deploy.journal.JournalLocation;
import io.labforge.io.LabFileException;
import io.labforge.io.LabFiles;
import io.labforge.model.Lab;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/** What plan, deploy, destroy and status share: read the lab, connect, open the journal. */
final class DeploySupport {

    private DeploySupport() {
    }

    static Optional<Lab> readLab(Path file, PrintWriter err) {
        try {
            return Optional.of(LabFiles.read(file));
        } catch (LabFileException e) {
            err.println(e.getMessage());
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
