package io.labforge.proxmox.api;

/** The object (guest, storage, task, pool...) does not exist; PVE often says so with a 500 "does not exist". */
public class NotFoundException extends ProxmoxException {

    public NotFoundException(String message, int status, String serverMessage, Throwable cause) {
        super(message, status, serverMessage, cause);
    }
}
