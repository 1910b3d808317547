package io.labforge.deploy.port;

/**
 * A cluster call failed. The message is Proxmox's own text in plain words and never holds a secret;
 * {@link #failure()} tells the engine whether a retry may help.
 */
public class ClusterException extends Exception {

    /** What kind of failure, for the retry policy. */
    public enum Failure {
        /** Worth retrying: I/O error, 596/599, "got timeout", "got no worker upid". */
        TRANSIENT,
        /** A file or config lock was busy ("can't lock file", "VM is locked"); retry after a pause. */
        LOCKED,
        NOT_FOUND,
        ALREADY_EXISTS,
        /** 401/403: the token lacks a privilege. Never retried. */
        FORBIDDEN,
        /** 400: the request was wrong. Never retried. */
        INVALID,
        /** The Proxmox task ended with an error. */
        TASK_FAILED,
        /** Anything else. */
        OTHER
    }

    private final Failure failure;

    public ClusterException(Failure failure, String message) {
        super(message);
        this.failure = failure;
    }

    public ClusterException(Failure failure, String message, Throwable cause) {
        super(message, cause);
        this.failure = failure;
    }

    public Failure failure() {
        return failure;
    }

    /** Whether waiting and trying again may succeed. */
    public boolean isRetryable() {
        return failure == Failure.TRANSIENT || failure == Failure.LOCKED;
    }
}
