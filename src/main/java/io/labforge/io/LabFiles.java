package io.labforge.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.labforge.kind.NodeKinds;
import io.labforge.model.Lab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reading and writing lab files (YAML; JSON is read and written too). See docs/lab-file.md for the format.
 * Reading never throws anything but {@link LabFileException}, whose message is one
 * {@code file:line:column: problem (hint)} line; writing is atomic.
 */
public final class LabFiles {

    /** The schema version this Labforge writes, and the newest it reads. */
    public static final int SCHEMA_VERSION = LabFileReader.CURRENT_VERSION;

    private static final LabFileReader READER = new LabFileReader(NodeKinds.builtin(), Migrations.builtin());

    private LabFiles() {
    }

    public static Lab read(Path file) throws LabFileException {
        return readSource(file).lab();
    }

    /** The lab and where each of its elements was written. */
    public static LabSource readSource(Path file) throws LabFileException {
        return READER.read(file);
    }

    /** A lab from text; {@code sourceName} names it in errors, and a name ending in {@code .json} selects JSON. */
    public static Lab parse(String text, String sourceName) throws LabFileException {
        return parseSource(text, sourceName).lab();
    }

    public static LabSource parseSource(String text, String sourceName) throws LabFileException {
        return READER.parse(text, sourceName);
    }

    public static String toYaml(Lab lab) {
        return write(LabMappers.YAML, lab);
    }

    public static String toJson(Lab lab) {
        return write(LabMappers.JSON, lab) + "\n";
    }

    /** Saves atomically; a file name ending in {@code .json} gets JSON, anything else YAML. */
    public static void write(Lab lab, Path file) throws IOException {
        boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        AtomicFiles.write(file, (json ? toJson(lab) : toYaml(lab)).getBytes(StandardCharsets.UTF_8));
    }

    private static String write(ObjectMapper mapper, Lab lab) {
        try {
            return mapper.writeValueAsString(LabDtos.from(lab));
        } catch (JsonProcessingException e) {
            // The records hold only strings, numbers, lists and maps: this cannot happen for a valid model.
            throw new UncheckedIOException(e);
        }
    }
}
