package io.labforge.ui.connect;

import io.labforge.app.DeploySession;
import io.labforge.app.NodeShells;
import io.labforge.app.ProvisioningSetup;
import io.labforge.app.SessionTuning;
import io.labforge.deploy.ProvisioningHook;
import io.labforge.deploy.connect.Connection;
import io.labforge.deploy.connect.ConnectionProfile;
import io.labforge.deploy.connect.TokenSecret;
import io.labforge.deploy.journal.JournalLocation;
import io.labforge.deploy.provision.Overrides;
import io.labforge.model.Lab;
import io.labforge.ssh.HostKeyDecision;
import io.labforge.ui.deploy.DeployTarget;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

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
    public DeploySession open(Lab lab, Path labFile) throws Exception {
        Path knownHosts = Path.of(System.getProperty("user.home"), ".ssh", "known_hosts");
        // DeploySession wipes the secret it is given: hand it a copy.
        return DeploySession.open(new Connection(profile, new TokenSecret(secret.chars()), "connection dialog"),
                JournalLocation.forLab(lab.name()), provisioning(lab, labFile, knownHosts), SessionTuning.DEFAULT,
                NodeShells.of(profile, null, null, knownHosts, hostKeys));
    }

    /**
     * With the profile's public key ({@code sshKey}) and its private key beside it, the deploy logs in to
     * each guest as the command line's {@code --provision-key} does and streams the output; else the
     * guests configure themselves from their cloud-init user-data alone.
     */
    private ProvisioningHook provisioning(Lab lab, Path labFile, Path knownHosts) throws IOException {
        Optional<Path> privateKey = ProvisioningSetup.privateKeyBeside(profile.sshKey());
        if (privateKey.isEmpty()) {
            return ProvisioningHook.NONE;
        }
        Overrides overrides = labFile == null ? Overrides.NONE : Overrides.besideLabFile(labFile);
        return ProvisioningSetup.hook(lab, overrides, privateKey.get(), knownHosts, hostKeys);
    }

    @Override
    public void close() {
        secret.destroy();
    }
}
