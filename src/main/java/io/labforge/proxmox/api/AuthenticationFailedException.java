package io.labforge.proxmox.api;

/** HTTP 401: wrong, expired or revoked token or ticket. */
public class AuthenticationFailedException extends ProxmoxException {

    public AuthenticationFailedException(String message, int status, String serverMessage, Throwable cause) {
        super(message, status, serverMessage, cause);
    }
}
