package io.labforge.ssh;

/** The server's host key was not trusted: unknown and declined, or different from the remembered one. */
public final class HostKeyException extends SshException {

    private final boolean changed;

    HostKeyException(String message, boolean changed) {
        super(message);
        this.changed = changed;
    }

    /** {@code true}: the key differs from the one in known_hosts (possible man-in-the-middle). */
    public boolean changed() {
        return changed;
    }
}
