package io.labforge.io;

import com.fasterxml.jackson.core.JsonLocation;

/**
 * A place in a lab file, both numbers 1-based as editors show them.
 *
 * @param line   line number
 * @param column column number, counted in characters
 */
public record Location(int line, int column) {

    public static final Location START = new Location(1, 1);

    public Location {
        line = Math.max(1, line);
        column = Math.max(1, column);
    }

    /** Jackson's location (1-based for both the YAML and the JSON parser); the file's start when unknown. */
    static Location of(JsonLocation at) {
        if (at == null || at.getLineNr() < 1) {
            return START;
        }
        return new Location(at.getLineNr(), at.getColumnNr());
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
