package io.labforge.ui.welcome;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The sample labs: {@code assets/samples/*.yaml} beside the working directory or the jar; the homelab first. */
public final class Samples {

    /** A sample as the welcome screen lists it. */
    public record Sample(Path file, String name, String description) {
    }

    private Samples() {
    }

    /** Each sample with its name and the lab's own description (empty when unreadable); reads files. */
    public static List<Sample> catalogue() {
        return find().stream().map(Samples::describe).toList();
    }

    /** Each sample with its name only: lists a directory and reads no lab file, for the very first frame. */
    public static List<Sample> named() {
        return find().stream().map(f -> new Sample(f, nameOf(f), "")).toList();
    }

    private static String nameOf(Path file) {
        return file.getFileName().toString().replaceFirst("\\.yaml$", "");
    }

    private static Sample describe(Path file) {
        String name = nameOf(file);
        try {
            String d = io.labforge.io.LabFiles.read(file).description();
            return new Sample(file, name, d == null ? "" : d);
        } catch (Exception e) {
            return new Sample(file, name, "");
        }
    }

    public static List<Path> find() {
        for (Path dir : candidates()) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    return s.filter(p -> p.toString().endsWith(".yaml"))
                            .sorted(Comparator.comparing((Path p) -> !p.getFileName().toString().equals("homelab.yaml"))
                                    .thenComparing(Path::toString))
                            .toList();
                } catch (IOException e) {
                    return List.of();
                }
            }
        }
        return List.of();
    }

    private static List<Path> candidates() {
        List<Path> out = new ArrayList<>();
        String prop = System.getProperty("labforge.samples");
        if (prop != null) {
            out.add(Path.of(prop));
        }
        out.add(Path.of("assets", "samples"));
        try {
            Path jar = Path.of(Samples.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            out.add(jar.getParent().resolve("assets/samples"));
            out.add(jar.getParent().getParent().resolve("assets/samples"));
        } catch (Exception ignored) {
            // No code source (unusual class loader): only the working directory is searched.
        }
        return out;
    }
}
