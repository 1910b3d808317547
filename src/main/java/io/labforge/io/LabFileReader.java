package io.labforge.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.labforge.kind.NodeKinds;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a lab file: size and text checks, a streaming pre-pass (schema version, aliases), binding to
 * the file's records, migration of older versions, then {@link LabAssembler}. Every failure is a
 * {@link LabFileException} with a location; nothing else escapes.
 */
final class LabFileReader {

    static final int CURRENT_VERSION = 1;

    private final NodeKinds kinds;
    private final Migrations migrations;

    LabFileReader(NodeKinds kinds, Migrations migrations) {
        this.kinds = kinds;
        this.migrations = migrations;
    }

    LabSource read(Path path) throws LabFileException {
        String file = path.toString();
        try {
            if (Files.isDirectory(path)) {
                throw new LabFileException(file, Location.START, "is a directory, not a lab file");
            }
            long size = Files.size(path);
            if (size > LabMappers.MAX_SIZE) {
                throw new LabFileException(file, Location.START, String.format(Locale.ROOT,
                        "the file is %.1f MB; lab files may be at most %d MB", size / 1e6, LabMappers.MAX_SIZE >> 20),
                        "is this a lab file?");
            }
            return parse(TextCheck.decode(Files.readAllBytes(path), file), file);
        } catch (NoSuchFileException e) {
            throw new LabFileException(file, Location.START, "no such file");
        } catch (AccessDeniedException e) {
            throw new LabFileException(file, Location.START, "cannot read the file: permission denied");
        } catch (IOException e) {
            throw new LabFileException(file, Location.START, "cannot read the file: " + e.getMessage());
        }
    }

    LabSource parse(String text, String file) throws LabFileException {
        if (text.length() > LabMappers.MAX_SIZE) {
            throw new LabFileException(file, Location.START,
                    "the text is " + text.length() + " characters; lab files may be at most " + LabMappers.MAX_SIZE);
        }
        String checked = TextCheck.check(text, file);
        ObjectMapper mapper = file.toLowerCase(Locale.ROOT).endsWith(".json") ? LabMappers.JSON : LabMappers.YAML;
        try {
            Prescan.Head head;
            try (JsonParser p = mapper.createParser(checked)) {
                head = Prescan.scan(p, file);
            }
            Map<Object, Location> elements = ElementLocations.newMap();
            LabDto dto = bind(mapper, checked, head, elements, file);
            return new LabAssembler(file, elements, kinds).assemble(dto);
        } catch (JsonProcessingException e) {
            throw BindingErrors.map(file, checked, e);
        } catch (IOException e) {
            throw new LabFileException(file, Location.START, "cannot read: " + e.getMessage());
        }
    }

    private LabDto bind(ObjectMapper mapper, String text, Prescan.Head head, Map<Object, Location> elements, String file)
            throws IOException, LabFileException {
        var reader = mapper.readerFor(LabDto.class).withAttribute(ElementLocations.ATTRIBUTE, elements);
        int version = head.schemaVersion();
        if (version == CURRENT_VERSION) {
            return reader.readValue(text);
        }
        if (version > CURRENT_VERSION) {
            throw new LabFileException(file, head.at(), "schemaVersion " + version + " is newer than this Labforge reads ("
                    + CURRENT_VERSION + ")", "open it with a newer Labforge");
        }
        JsonNode tree = mapper.readTree(text);
        ObjectNode migrated = migrations.migrate((ObjectNode) tree, version, CURRENT_VERSION)
                .orElseThrow(() -> new LabFileException(file, head.at(),
                        "unsupported schemaVersion " + version + "; this Labforge reads " + CURRENT_VERSION));
        try {
            return reader.readValue(migrated);
        } catch (JsonProcessingException e) {
            // Locations are lost in a migrated tree: point at the version and say so.
            LabFileException mapped = BindingErrors.map(file, null, e);
            throw new LabFileException(file, head.at(), mapped.problem() + " (after migrating from schemaVersion "
                    + version + ")", mapped.hint());
        }
    }
}
