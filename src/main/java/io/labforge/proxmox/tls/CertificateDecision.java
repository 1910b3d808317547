package io.labforge.proxmox.tls;

/** The user's answer when a server presents a certificate nothing vouches for. */
public enum CertificateDecision {
    /** Trust this exact certificate (by fingerprint) for this client; the caller may persist the fingerprint. */
    ACCEPT,
    /** Refuse the connection. */
    REJECT
}
