package io.labforge.io;

/**
 * A lab file that cannot be read: where, what is wrong and, when known, what would be right.
 * {@link #getMessage()} is one line, {@code file:line:column: problem (hint)}, fit to print as is.
 */
public final class LabFileException extends Exception {

    private final String file;
    private final Location location;
    private final String problem;
    private final String hint;

    public LabFileException(String file, Location location, String problem, String hint) {
        super(format(file, location, problem, hint), null, false, false);
        this.file = file;
        this.location = location == null ? Location.START : location;
        this.problem = problem;
        this.hint = hint == null || hint.isBlank() ? null : hint;
    }

    public LabFileException(String file, Location location, String problem) {
        this(file, location, problem, null);
    }

    private static String format(String file, Location at, String problem, String hint) {
        String where = file + ":" + (at == null ? Location.START : at) + ": ";
        String text = where + problem + (hint == null || hint.isBlank() ? "" : " (" + hint + ")");
        return oneLine(text);
    }

    /** Error text quotes pieces of the file; keep the message on one line whatever they hold. */
    static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    /** The name of the file (or source) as given to the reader. */
    public String file() {
        return file;
    }

    public Location location() {
        return location;
    }

    public int line() {
        return location.line();
    }

    public int column() {
        return location.column();
    }

    public String problem() {
        return problem;
    }

    /** What would be right (valid keys, the nearest id, ...), or {@code null}. */
    public String hint() {
        return hint;
    }
}
