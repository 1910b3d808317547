package io.labforge.ui.file;

import io.labforge.io.LabFileException;
import io.labforge.io.LabFiles;
import io.labforge.model.Lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The recovery file: the unsaved lab, written now and then while there are unsaved changes and
 * removed when they are saved or discarded. One left behind means the last session ended without
 * saving (a crash), and the next start offers to restore it.
 */
public final class Recovery {

    private final Path file;

    public Recovery(Path file) {
        this.file = file;
    }

    /** {@code $XDG_DATA_HOME/labforge/recovery/autosave.yaml}, else {@code ~/.local/share/...}. */
    public static Recovery user() {
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() ? Path.of(System.getProperty("user.home"), ".local", "share") : Path.of(xdg);
        return new Recovery(base.resolve("labforge").resolve("recovery").resolve("autosave.yaml"));
    }

    public Path file() {
        return file;
    }

    /** Writes atomically; called off the FX thread. */
    public void save(Lab lab) throws IOException {
        Files.createDirectories(file.getParent());
        LabFiles.write(lab, file);
    }

    public void clear() throws IOException {
        Files.deleteIfExists(file);
    }

    /** The lab left behind by a session that did not end cleanly, if it can be read. */
    public Optional<Lab> leftOver() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LabFiles.read(file));
        } catch (LabFileException e) {
            return Optional.empty();
        }
    }
}
