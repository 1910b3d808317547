package io.labforge.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;

/**
 * One streaming pass over the whole file before binding: finds {@code schemaVersion}, and refuses
 * what binding would get wrong silently: an empty file, a top level that is not a mapping, YAML
 * aliases (Jackson would read {@code *name} as the text "name"; refusing them also defeats alias
 * bombs), and a second document.
 */
final class Prescan {

    /** What the pass found: the file's schema version and where it was written. */
    record Head(int schemaVersion, Location at) {
    }

    private Prescan() {
    }

    static Head scan(JsonParser p, String file) throws IOException, LabFileException {
        try {
            return walk(p, file);
        } catch (StreamConstraintsException e) {
            throw BindingErrors.tooBig(file, Location.of(p.currentLocation()), e);
        }
    }

    private static Head walk(JsonParser p, String file) throws IOException, LabFileException {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw new LabFileException(file, Location.START, "the file is empty",
                    "a lab file starts with 'schemaVersion: " + LabFileReader.CURRENT_VERSION + "' and 'name: ...'");
        }
        if (t != JsonToken.START_OBJECT) {
            throw new LabFileException(file, Location.of(p.currentTokenLocation()),
                    "the top level of a lab file must be a mapping (key: value), found " + Values.describe(p),
                    "a lab file starts with 'schemaVersion: " + LabFileReader.CURRENT_VERSION + "'");
        }
        Head head = null;
        int depth = 1;
        while (depth > 0) {
            t = p.nextToken();
            refuseAlias(p, file);
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                depth++;
            } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                depth--;
            } else if (depth == 1 && t == JsonToken.FIELD_NAME && "schemaVersion".equals(p.currentName())) {
                head = version(p, file);
            }
        }
        if (p.nextToken() != null) {
            throw new LabFileException(file, Location.of(p.currentTokenLocation()),
                    "a lab file holds one YAML document, but a second one starts here", "one lab per file");
        }
        if (head == null) {
            throw new LabFileException(file, Location.START, "missing 'schemaVersion'",
                    "start the file with 'schemaVersion: " + LabFileReader.CURRENT_VERSION + "'");
        }
        return head;
    }

    private static Head version(JsonParser p, String file) throws IOException, LabFileException {
        p.nextToken();
        refuseAlias(p, file);
        Location at = Location.of(p.currentTokenLocation());
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
            throw new LabFileException(file, at, "'schemaVersion' must be a whole number, got " + Values.describe(p),
                    "this Labforge reads schemaVersion " + LabFileReader.CURRENT_VERSION);
        }
        return new Head(p.getIntValue(), at);
    }

    private static void refuseAlias(JsonParser p, String file) throws LabFileException {
        if (p instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            throw new LabFileException(file, Location.of(p.currentTokenLocation()),
                    "YAML aliases (*" + safeText(p) + ") are not allowed in lab files", "write the value out in full");
        }
    }

    private static String safeText(JsonParser p) {
        try {
            return p.getText();
        } catch (IOException e) {
            return "...";
        }
    }
}
