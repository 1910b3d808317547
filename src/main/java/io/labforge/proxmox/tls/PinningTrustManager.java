package io.labforge.proxmox.tls;

import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.Set;

/**
 * Trusts a server certificate if its SHA-256 fingerprint is pinned (then nothing else counts, and a
 * different certificate is refused outright), else if the system trust store vouches for it, else if
 * the user accepts it through the {@link CertificatePrompt}. Never trusts everything.
 */
final class PinningTrustManager implements X509TrustManager {

    private final Set<String> pins;
    private final Set<String> accepted;
    private final Optional<CertificatePrompt> prompt;
    private final X509TrustManager system;

    PinningTrustManager(Set<String> pins, Set<String> accepted, Optional<CertificatePrompt> prompt) {
        this.pins = pins;
        this.accepted = accepted;
        this.prompt = prompt;
        this.system = systemTrustManager();
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("the server sent no certificate");
        }
        String fp = Fingerprints.sha256(chain[0]);
        if (!pins.isEmpty()) {
            if (pins.contains(fp)) {
                return;
            }
            throw new UntrustedCertificate("the server's certificate fingerprint " + fp
                    + " does not match the pinned fingerprint " + String.join(" or ", pins), fp, true);
        }
        if (accepted.contains(fp)) {
            return;
        }
        try {
            system.checkServerTrusted(chain, authType);
            return;
        } catch (CertificateException notTrustedBySystem) {
            if (prompt.isPresent() && prompt.get().ask(fp, chain[0]) == CertificateDecision.ACCEPT) {
                accepted.add(fp);
                return;
            }
        }
        throw new UntrustedCertificate("the server's certificate (SHA-256 " + fp
                + ") is not signed by a trusted authority and was not accepted", fp, false);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("client certificates are not checked by this trust manager");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return system.getAcceptedIssuers();
    }

    private static X509TrustManager systemTrustManager() {
        try {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init((KeyStore) null);
            for (var tm : tmf.getTrustManagers()) {
                if (tm instanceof X509TrustManager x) {
                    return x;
                }
            }
            throw new IllegalStateException("no X509 trust manager in the JDK");
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot load the system trust store", e);
        }
    }
}
