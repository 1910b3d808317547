package io.labforge.ui.deploy;

import io.labforge.app.DeploySession;
import io.labforge.model.Lab;

/** Where a deploy goes: a Proxmox cluster from a connection profile, or the built-in sandbox. */
public interface DeployTarget extends AutoCloseable {

    /** For the toolbar and the log, e.g. "home-pve (https://pve.lan:8006)". Never holds a secret. */
    String label();

    /** Opens a session for {@code lab} (its journal included). Called off the FX thread. */
    DeploySession open(Lab lab) throws Exception;

    @Override
    default void close() {
    }
}
