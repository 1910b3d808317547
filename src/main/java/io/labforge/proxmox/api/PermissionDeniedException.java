package io.labforge.proxmox.api;

/** HTTP 403: the token or user lacks a privilege on some ACL path. */
public class PermissionDeniedException extends ProxmoxException {

    public PermissionDeniedException(String message, int status, String serverMessage, Throwable cause) {
        super(message, status, serverMessage, cause);
    }
}
