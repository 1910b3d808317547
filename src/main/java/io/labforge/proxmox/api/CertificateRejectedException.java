package io.labforge.proxmox.api;

/**
 * The server's TLS certificate was not trusted: it did not match the pinned fingerprint, or nothing
 * vouched for it and nobody accepted it. {@link #fingerprint()} is what the server showed.
 */
public class CertificateRejectedException extends ProxmoxException {

    private final String fingerprint;
    private final boolean pinMismatch;

    public CertificateRejectedException(String message, String fingerprint, boolean pinMismatch, Throwable cause) {
        super(message, 0, "", cause);
        this.fingerprint = fingerprint;
        this.pinMismatch = pinMismatch;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public boolean pinMismatch() {
        return pinMismatch;
    }
}
