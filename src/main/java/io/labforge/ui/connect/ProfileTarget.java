package io.labforge.ui.connect;

import io.labforge.app.DeploySession;
import io.labforge.deploy.ProvisioningHook;
import io.labforge.deploy.connect.Connection;
import io.labforge.deploy.connect.ConnectionProfile;
import io.labforge.deploy.connect.TokenSecret;
import io.labforge.deploy.journal.JournalLocation;
import io.labforge.model.Lab;
import io.labforge.ui.deploy.DeployTarget;

/** A Proxmox cluster reached through a connection profile and its token secret (kept in memory only). */
public final class ProfileTarget implements DeployTarget {

    private final ConnectionProfile profile;
    private final TokenSecret secret;

    public ProfileTarget(ConnectionProfile profile, TokenSecret secret) {
        this.profile = profile;
        this.secret = new TokenSecret(secret.chars());
    }

    @Override
    public String label() {
        return profile.name() + " (" + profile.url() + ")";
    }

    @Override
    public DeploySession open(Lab lab) throws Exception {
        // DeploySession wipes the secret it is given: hand it a copy.
        return DeploySession.open(new Connection(profile, new TokenSecret(secret.chars()), "connection dialog"),
                JournalLocation.forLab(lab.name()), ProvisioningHook.NONE);
    }

    @Override
    public void close() {
        secret.destroy();
    }
}
