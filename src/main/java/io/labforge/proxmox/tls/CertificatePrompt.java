package io.labforge.proxmox.tls;

import java.security.cert.X509Certificate;

/**
 * Asked during the TLS handshake when neither the pin nor the system trust store vouches for the
 * server. The UI or CLI shows the fingerprint (to compare with the one under Node > System >
 * Certificates) and returns the user's decision. It runs on the thread making the request.
 */
@FunctionalInterface
public interface CertificatePrompt {

    CertificateDecision ask(String fingerprint, X509Certificate certificate);
}
