package io.labforge.io.diagram;

import io.labforge.io.LabFileException;
import io.labforge.io.LabFiles;
import io.labforge.model.Lab;

import javax.imageio.stream.FileImageInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads back the lab that a PNG or SVG export carries, so a dropped or opened picture re-opens as
 * the lab it shows.
 */
public final class DiagramImport {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private DiagramImport() {
    }

    /** Whether the file is a PNG or SVG picture (by its first bytes or, for SVG, its name). */
    public static boolean isDiagram(Path file) throws IOException {
        return isPng(file) || isSvg(file);
    }

    /** The lab file text embedded in the picture, or empty when the picture carries none. */
    public static Optional<String> embeddedLab(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        try {
            if (isPng(file)) {
                try (FileImageInputStream in = new FileImageInputStream(file.toFile())) {
                    return PngEmbedding.read(in);
                }
            }
            if (isSvg(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    return SvgEmbedding.read(in);
                }
            }
        } catch (IOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
        throw new IOException(file + ": not a PNG or SVG picture");
    }

    /** Like {@link #embeddedLab}, but a picture without a lab is an error that says so. */
    public static String requireEmbeddedLab(Path file) throws IOException {
        return embeddedLab(file).orElseThrow(() -> new IOException(file
                + ": this picture carries no Labforge lab; only PNG and SVG files exported by Labforge"
                + " (labforge export LAB --format png|svg) can be opened as a lab"));
    }

    /**
     * The lab a Labforge PNG or SVG carries, read like a lab file. Errors name the picture, then the
     * line and column inside the embedded lab.
     */
    public static Lab readLab(Path file) throws IOException, LabFileException {
        return LabFiles.parse(requireEmbeddedLab(file), file + " (embedded lab)");
    }

    private static boolean isPng(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(PNG_SIGNATURE.length), PNG_SIGNATURE);
        }
    }

    private static boolean isSvg(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".svg")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(512), java.nio.charset.StandardCharsets.UTF_8);
            return head.contains("<svg");
        }
    }
}
