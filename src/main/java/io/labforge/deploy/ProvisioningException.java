package io.labforge.deploy;

/** A provisioning step failed; the message says which step and why, in plain words, without secrets. */
public class ProvisioningException extends Exception {

    public ProvisioningException(String message) {
        super(message);
    }

    public ProvisioningException(String message, Throwable cause) {
        super(message, cause);
    }
}
