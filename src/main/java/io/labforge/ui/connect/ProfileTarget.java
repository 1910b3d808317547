package io.labforge.ui.connect;

import io.labforge.app.DeploySession;
import io.labforge.app.NodeShells;
import io.labforge.app.SessionTuning;
import io.labforge.deploy.ProvisioningHook;
import io.labforge.deploy.connect.Connection;
import io.labforge.deploy.connect.ConnectionProfile;
import io.labforge.deploy.connect.TokenSecret;
import io.labforge.deploy.journal.JournalLocation;
import io.labforge.model.Lab;
import io.labforge.ssh.HostKeyDecision;
import io.labforge.ui.deploy.DeployTarget;

import java.nio.file.Path;

/**
 * A Proxmox cluster reached through a connection profile and its token secret (kept in memory only);
 * with the profile's node SSH, the host steps run on the nodes as from the command line.
 */
public final class ProfileTarget implements DeployTarget {

    private final ConnectionProfile profile;
    private final TokenSecret secret;
    private final HostKeyDecision hostKeys;

    /** @param hostKeys asked about a node's SSH host key that is not in ~/.ssh/known_hosts yet */
    public ProfileTarget(ConnectionProfile profile, TokenSecret secret, HostKeyDecision hostKeys) {
        this.profile = profile;
        this.secret = new TokenSecret(secret.chars());
        this.hostKeys = hostKeys;
    }

    @Override
    public String label() {
        return profile.name() + " (" + profile.url() + ")";
    }

    @Override
    public DeploySession open(Lab lab) throws Exception {
        Path knownHosts = Path.of(System.getProperty("user.home"), ".ssh", "known_hosts");
        // DeploySession wipes the secret it is given: hand it a copy.
        return DeploySession.open(new Connection(profile, new TokenSecret(secret.chars()), "connection dialog"),
                JournalLocation.forLab(lab.name()), ProvisioningHook.NONE, SessionTuning.DEFAULT,
                NodeShells.of(profile, null, null, knownHosts, hostKeys));
    }

    @Override
    public void close() {
        secret.destroy();
    }
}
