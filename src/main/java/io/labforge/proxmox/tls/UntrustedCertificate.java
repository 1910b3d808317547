package io.labforge.proxmox.tls;

import java.security.cert.CertificateException;

/** Raised inside the handshake; carries the fingerprint so the caller can show it. */
public final class UntrustedCertificate extends CertificateException {

    private final String fingerprint;
    private final boolean pinMismatch;

    UntrustedCertificate(String message, String fingerprint, boolean pinMismatch) {
        super(message);
        this.fingerprint = fingerprint;
        this.pinMismatch = pinMismatch;
    }

    public String fingerprint() {
        return fingerprint;
    }

    /** True when a pinned fingerprint was configured and the server showed a different one. */
    public boolean pinMismatch() {
        return pinMismatch;
    }
}
