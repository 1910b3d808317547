package io.labforge.ssh;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * A private key file and, when it is encrypted, its passphrase. Key authentication only: there is
 * no password login. {@link #toString()} names the file and never shows the passphrase.
 */
public final class SshIdentity {

    private final Path privateKey;
    private final byte[] passphrase;

    private SshIdentity(Path privateKey, byte[] passphrase) {
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
        this.passphrase = passphrase == null ? null : passphrase.clone();
    }

    public static SshIdentity of(Path privateKey) {
        return new SshIdentity(privateKey, null);
    }

    public static SshIdentity withPassphrase(Path privateKey, byte[] passphrase) {
        return new SshIdentity(privateKey, passphrase);
    }

    public Path privateKey() {
        return privateKey;
    }

    /** A copy, or {@code null} for an unencrypted key. */
    byte[] passphrase() {
        return passphrase == null ? null : passphrase.clone();
    }

    /** Overwrites the passphrase in memory. */
    public void forget() {
        if (passphrase != null) {
            Arrays.fill(passphrase, (byte) 0);
        }
    }

    @Override
    public String toString() {
        return "SshIdentity[" + privateKey + (passphrase == null ? "" : ", passphrase set") + "]";
    }
}
