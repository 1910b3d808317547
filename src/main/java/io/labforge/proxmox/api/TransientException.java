package io.labforge.proxmox.api;

/** A failure that may go away on its own: 5xx from the proxy (502-504, 595-599), a reset or timed-out connection. */
public class TransientException extends ProxmoxException {

    public TransientException(String message, int status, String serverMessage, Throwable cause) {
        super(message, status, serverMessage, cause);
    }
}
