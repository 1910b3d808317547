package io.labforge.ssh;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** Host key fingerprints in OpenSSH's format. */
public final class Fingerprints {

    private Fingerprints() {
    }

    /** {@code SHA256:} and the unpadded Base64 of the SHA-256 of the key blob, like {@code ssh-keygen -lf}. */
    public static String sha256(byte[] keyBlob) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(keyBlob);
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
