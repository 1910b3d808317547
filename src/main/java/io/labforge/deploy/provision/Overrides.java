package io.labforge.deploy.provision;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Files the user wrote to replace generated ones, kept beside the lab file as
 * {@code overrides/<node>/<file>} (and {@code overrides/host/<file>}). An override replaces the
 * generated file of the same owner and name entirely.
 */
public final class Overrides {

    public static final String DIRECTORY = "overrides";
    public static final Overrides NONE = new Overrides(Map.of());

    private final Map<String, String> byPath;
    private final Set<String> used = new LinkedHashSet<>();

    public Overrides(Map<String, String> byRelativePath) {
        this.byPath = Map.copyOf(byRelativePath);
    }

    /** Reads {@code <lab file's directory>/overrides/}; none when the directory does not exist. */
    public static Overrides besideLabFile(Path labFile) throws IOException {
        Path parent = labFile.toAbsolutePath().getParent();
        return parent == null ? NONE : fromDirectory(parent.resolve(DIRECTORY));
    }

    public static Overrides fromDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return NONE;
        }
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> owners = Files.list(dir)) {
            for (Path owner : owners.sorted().toList()) {
                if (!Files.isDirectory(owner)) {
                    continue;
                }
                try (Stream<Path> inside = Files.list(owner)) {
                    for (Path f : inside.sorted().toList()) {
                        if (Files.isRegularFile(f)) {
                            files.put(owner.getFileName() + "/" + f.getFileName(), Files.readString(f, StandardCharsets.UTF_8));
                        }
                    }
                }
            }
        }
        return new Overrides(files);
    }

    GeneratedFile apply(GeneratedFile generated) {
        String content = byPath.get(generated.relativePath());
        if (content == null) {
            return generated;
        }
        synchronized (used) {
            used.add(generated.relativePath());
        }
        return generated.withContent(content, true);
    }

    /** Override files that replaced nothing (a misspelt node or file name), as {@code node/file}. */
    public List<String> unused() {
        synchronized (used) {
            return byPath.keySet().stream().filter(p -> !used.contains(p)).sorted().toList();
        }
    }

    public boolean isEmpty() {
        return byPath.isEmpty();
    }
}
