package io.labforge.deploy.connect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Token secrets per profile in one file, one {@code profile = secret} line each, readable by its
 * owner only (mode 600). A file that group or others may read is refused, as ssh does with keys.
 */
public final class CredentialStore {

    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private final Path file;

    public CredentialStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public Optional<TokenSecret> secret(String profile) throws ConnectException {
        return Optional.ofNullable(readAll().get(profile)).map(s -> new TokenSecret(s.toCharArray()));
    }

    /** Stores (or replaces) a profile's secret; the file is created with mode 600 and replaced atomically. */
    public void store(String profile, TokenSecret secret) throws ConnectException {
        if (profile.contains("=") || profile.isBlank()) {
            throw new ConnectException("invalid profile name '" + profile + "'");
        }
        Map<String, String> all = Files.exists(file) ? readAll() : new LinkedHashMap<>();
        all.put(profile, new String(secret.chars()));
        StringBuilder text = new StringBuilder("# Labforge API-token secrets: profile = secret. Keep this file mode 600.\n");
        all.forEach((k, v) -> text.append(k).append(" = ").append(v).append('\n'));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(tmp);
            if (posix()) {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            }
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ConnectException("cannot write " + file + ": " + e.getMessage());
        }
    }

    private Map<String, String> readAll() throws ConnectException {
        Map<String, String> out = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        try {
            if (posix()) {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
                if (!OWNER_ONLY.containsAll(perms)) {
                    throw new ConnectException(file + " is readable by others (mode " + PosixFilePermissions.toString(perms)
                            + "); it holds secrets, so Labforge refuses it. Fix: chmod 600 " + file);
                }
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int eq = line.indexOf('=');
                if (eq <= 0) {
                    throw new ConnectException(file + ":" + (i + 1) + ": expected 'profile = secret'");
                }
                out.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
            return out;
        } catch (IOException e) {
            throw new ConnectException("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
