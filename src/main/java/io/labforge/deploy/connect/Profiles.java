package io.labforge.deploy.connect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.labforge.kind.Names;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The profiles file, e.g.
 * <pre>
 * profiles:
 *   home-pve:
 *     url: https://pve.lan:8006
 *     node: pve
 *     tokenId: deployer@pve!labforge
 *     fingerprint: "AB:CD:..."
 *     sshKey: ~/.ssh/id_ed25519.pub
 *     nodeSsh: root@pve.lan          # optional: root SSH for host steps (NAT)
 * </pre>
 * A {@code secret} key is refused: secrets live in the credentials file or the environment.
 */
public final class Profiles {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record Entry(String url, String node, String tokenId, String fingerprint, String sshKey, String nodeSsh) {
    }

    record FileShape(Map<String, Entry> profiles) {
    }

    private final Path file;
    private final Map<String, ConnectionProfile> byName;

    private Profiles(Path file, Map<String, ConnectionProfile> byName) {
        this.file = file;
        this.byName = byName;
    }

    public static Profiles read(Path file) throws ConnectException {
        Map<String, ConnectionProfile> out = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return new Profiles(file, out);
        }
        try {
            String text = Files.readString(file);
            if (text.matches("(?s).*\\b(secret|password|tokenSecret)\\s*:.*")) {
                throw new ConnectException(file + ": profiles hold no secrets; put the token secret in "
                        + file.resolveSibling("credentials") + " (mode 600) or in LABFORGE_TOKEN_SECRET");
            }
            FileShape shape = YAML.readValue(text, FileShape.class);
            if (shape != null && shape.profiles() != null) {
                shape.profiles().forEach((name, e) -> out.put(name,
                        new ConnectionProfile(name, e.url(), e.node(), e.tokenId(), e.fingerprint(), e.sshKey(), e.nodeSsh())));
            }
            return new Profiles(file, out);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
            throw new ConnectException(file + where + ": " + e.getOriginalMessage()
                    + " (expected: profiles: { NAME: { url, node, tokenId, fingerprint, sshKey, nodeSsh } })");
        } catch (IOException e) {
            throw new ConnectException("cannot read " + file + ": " + e.getMessage());
        }
    }

    public Optional<ConnectionProfile> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public ConnectionProfile get(String name) throws ConnectException {
        ConnectionProfile p = byName.get(name);
        if (p == null) {
            String hint = Names.nearest(name, byName.keySet()).map(n -> " Did you mean '" + n + "'?").orElse("");
            throw new ConnectException("no profile '" + name + "' in " + file + "." + hint
                    + (byName.isEmpty() ? " The file defines none." : " Known: " + String.join(", ", byName.keySet())));
        }
        return p;
    }

    /** All profiles, in file order. */
    public java.util.Collection<ConnectionProfile> all() {
        return java.util.List.copyOf(byName.values());
    }

    /** Adds or replaces {@code p} and writes the file atomically (temp file, fsync, rename). */
    public Profiles save(ConnectionProfile p) throws ConnectException {
        Map<String, ConnectionProfile> next = new LinkedHashMap<>(byName);
        next.put(p.name(), p);
        Map<String, Entry> shape = new LinkedHashMap<>();
        next.forEach((n, x) -> shape.put(n, new Entry(x.url(), x.node(), x.tokenId(), x.fingerprint(), x.sshKey(), x.nodeSsh())));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            byte[] bytes = YAML.writeValueAsBytes(new FileShape(shape));
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(tmp,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING,
                    java.nio.file.StandardOpenOption.WRITE)) {
                ch.write(java.nio.ByteBuffer.wrap(bytes));
                ch.force(true);
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ConnectException("cannot write " + file + ": " + e.getMessage());
        }
        return new Profiles(file, next);
    }
}
