package io.labforge.proxmox.tls;

import org.apache.hc.client5.http.ssl.DefaultHostnameVerifier;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import java.security.cert.X509Certificate;
import java.util.Set;

/**
 * Standard hostname verification, except for a certificate the user pinned or accepted by its exact
 * fingerprint: that identifies the server by itself (PVE's self-signed certificates often lack the
 * name or address the user typed).
 */
final class PinAwareHostnameVerifier implements HostnameVerifier {

    private final Set<String> pins;
    private final Set<String> accepted;
    private final HostnameVerifier standard = new DefaultHostnameVerifier();

    PinAwareHostnameVerifier(Set<String> pins, Set<String> accepted) {
        this.pins = pins;
        this.accepted = accepted;
    }

    @Override
    public boolean verify(String host, SSLSession session) {
        try {
            if (session.getPeerCertificates()[0] instanceof X509Certificate cert) {
                String fp = Fingerprints.sha256(cert);
                if (pins.contains(fp) || pins.isEmpty() && accepted.contains(fp)) {
                    return true;
                }
            }
        } catch (SSLPeerUnverifiedException e) {
            return false;
        }
        return standard.verify(host, session);
    }
}
