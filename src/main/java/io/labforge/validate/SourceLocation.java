package io.labforge.validate;

import java.util.Optional;
import java.util.function.Function;

/**
 * Where a problem's object was written, for {@code file:line:column} output. Validation knows
 * nothing of files; the caller that read the lab supplies a lookup from element id to location.
 *
 * @param file   file name as the user gave it
 * @param line   1-based line, {@code 0} when unknown
 * @param column 1-based column, {@code 0} when unknown
 */
public record SourceLocation(String file, int line, int column) {

    /** Finds the location of a problem: that of its first subject that has one, else the file alone. */
    public static Function<Problem, Optional<SourceLocation>> locator(String file, Function<String, Optional<SourceLocation>> byId) {
        return p -> {
            for (String id : p.subjects()) {
                Optional<SourceLocation> at = byId.apply(id);
                if (at.isPresent()) {
                    return at;
                }
            }
            return file == null ? Optional.empty() : Optional.of(new SourceLocation(file, 0, 0));
        };
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }
}
