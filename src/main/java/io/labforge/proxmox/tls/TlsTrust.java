package io.labforge.proxmox.tls;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import java.security.GeneralSecurityException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How the client decides to trust the server: the system trust store, or a pinned SHA-256
 * fingerprint, optionally with a prompt for certificates neither vouches for.
 */
public final class TlsTrust {

    private final Set<String> pins;
    private final Optional<CertificatePrompt> prompt;
    private final Set<String> accepted = ConcurrentHashMap.newKeySet();

    private TlsTrust(Set<String> pins, Optional<CertificatePrompt> prompt) {
        this.pins = pins;
        this.prompt = prompt;
    }

    /** Only certificates signed by an authority in the JDK's trust store (e.g. ACME certificates). */
    public static TlsTrust system() {
        return new TlsTrust(Set.of(), Optional.empty());
    }

    /** Exactly the certificate with this fingerprint ({@code AB:CD:...}); any other is refused. */
    public static TlsTrust pinned(String fingerprint) {
        return new TlsTrust(Set.of(Fingerprints.normalize(fingerprint)), Optional.empty());
    }

    /** Ask {@code prompt} about certificates the system store does not vouch for (ignored when pinned). */
    public TlsTrust withPrompt(CertificatePrompt newPrompt) {
        return new TlsTrust(pins, Optional.of(newPrompt));
    }

    /** Fingerprints the prompt accepted so far — for the caller to persist as a pin. */
    public Set<String> acceptedFingerprints() {
        return Set.copyOf(accepted);
    }

    public Set<String> pins() {
        return pins;
    }

    public SSLContext sslContext() {
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, new TrustManager[] {new PinningTrustManager(pins, accepted, prompt)}, null);
            return ctx;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up TLS", e);
        }
    }

    public HostnameVerifier hostnameVerifier() {
        return new PinAwareHostnameVerifier(pins, accepted);
    }
}
