package io.labforge.proxmox.api;

/** A config or storage lock could not be taken ("can't lock file ... got timeout", "VM is locked"); retrying later usually works. */
public class LockTimeoutException extends ProxmoxException {

    public LockTimeoutException(String message, int status, String serverMessage, Throwable cause) {
        super(message, status, serverMessage, cause);
    }
}
