package io.labforge.proxmox.api;

/**
 * Base of every failure the client reports. The message reads "Unable to &lt;action&gt;: &lt;why&gt;";
 * the subclass says what kind of failure it is so callers can react (retry, re-read, ask the user).
 * Messages never contain a secret.
 */
public class ProxmoxException extends RuntimeException {

    private final int status;
    private final String serverMessage;

    public ProxmoxException(String message, int status, String serverMessage, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.serverMessage = serverMessage == null ? "" : serverMessage;
    }

    public ProxmoxException(String message) {
        this(message, 0, "", null);
    }

    /** The HTTP status, or 0 when no response arrived. */
    public int status() {
        return status;
    }

    /** The server's own words (reason phrase or body {@code message}), without our prefix. */
    public String serverMessage() {
        return serverMessage;
    }
}
