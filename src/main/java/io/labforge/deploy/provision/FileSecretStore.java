package io.labforge.deploy.provision;

import io.labforge.deploy.ProvisioningException;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * Secrets in {@code <dir>/<lab>.properties}, mode 0600, written atomically (temp file, fsync,
 * rename). Generated values are 32 random bytes, URL-safe Base64, with a prefix that meets common
 * password rules (upper, lower, digit, symbol) so Samba and Grafana accept them.
 */
public final class FileSecretStore implements SecretStore {

    private final Path dir;
    private final SecureRandom random = new SecureRandom();

    public FileSecretStore(Path dir) {
        this.dir = dir;
    }

    /** {@code ~/.config/labforge/secrets}. */
    public static FileSecretStore inUserConfig() {
        return new FileSecretStore(Path.of(System.getProperty("user.home"), ".config", "labforge", "secrets"));
    }

    @Override
    public synchronized String secret(String labSlug, String name) throws ProvisioningException {
        if (!labSlug.matches("[a-z0-9-]+") || !name.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("secret keys are [a-z0-9-]");
        }
        Path file = dir.resolve(labSlug + ".properties");
        try {
            Properties p = load(file);
            String value = p.getProperty(name);
            if (value == null) {
                byte[] bytes = new byte[32];
                random.nextBytes(bytes);
                value = "Lf1-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                p.setProperty(name, value);
                save(file, p);
            }
            return value;
        } catch (IOException e) {
            throw new ProvisioningException("cannot read or write the lab's secret store " + file + ": " + e.getMessage(), e);
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        return p;
    }

    private void save(Path file, Properties p) throws IOException {
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".secrets", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the user's profile is private already.
            }
            StringWriter w = new StringWriter();
            p.store(w, "Labforge lab secrets: keep private, never commit");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ch.write(StandardCharsets.UTF_8.encode(w.toString()));
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
