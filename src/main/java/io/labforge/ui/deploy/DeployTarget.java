package io.labforge.ui.deploy;

import io.labforge.app.DeploySession;
import io.labforge.model.Lab;

import java.nio.file.Path;

/** Where a deploy goes: a Proxmox cluster from a connection profile, or the built-in sandbox. */
public interface DeployTarget extends AutoCloseable {

    /** For the toolbar and the log, e.g. "home-pve (https://pve.lan:8006)". Never holds a secret. */
    String label();

    /**
     * Opens a session for {@code lab} (its journal included). Called off the FX thread.
     *
     * @param labFile the lab's file, for the override files beside it; {@code null} while unsaved
     */
    DeploySession open(Lab lab, Path labFile) throws Exception;

    @Override
    default void close() {
    }
}
