package io.labforge.proxmox.tls;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** SHA-256 certificate fingerprints written the way PVE shows them: {@code AB:CD:...} (32 bytes). */
public final class Fingerprints {

    private static final Pattern HEX64 = Pattern.compile("[0-9A-F]{64}");

    private Fingerprints() {
    }

    public static String sha256(X509Certificate cert) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint certificate", e);
        }
    }

    /**
     * Accepts {@code ab:cd:...}, {@code AB CD ...} or plain hex; returns the canonical colon form.
     *
     * @throws IllegalArgumentException with a message saying what a fingerprint looks like
     */
    public static String normalize(String fingerprint) {
        String hex = fingerprint == null ? "" : fingerprint.replaceAll("[:\\s-]", "").toUpperCase(Locale.ROOT);
        if (!HEX64.matcher(hex).matches()) {
            throw new IllegalArgumentException("'" + fingerprint + "' is not a SHA-256 fingerprint: expected 32 hex bytes"
                    + " separated by colons, e.g. AB:CD:...:EF as shown under Node > System > Certificates");
        }
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(HexFormat.of().parseHex(hex));
    }
}
