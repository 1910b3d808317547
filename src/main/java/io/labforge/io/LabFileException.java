package io.labforge.io;

/**
 * A lab file that cannot be read: where, what is wrong and, when known, what would be right.
 * {@link #getMessage()} is one line per error, {@code file:line:column: problem (hint)}, fit to print
 * as is; independent errors of several elements (e.g. an unknown kind on two nodes) come together.
 */
public final class LabFileException extends Exception {

    private final String file;
    private final Location location;
    private final String problem;
    private final String hint;
    private final java.util.List<LabFileException> all;

    public LabFileException(String file, Location location, String problem, String hint) {
        super(format(file, location, problem, hint), null, false, false);
        this.file = file;
        this.location = location == null ? Location.START : location;
        this.problem = problem;
        this.hint = hint == null || hint.isBlank() ? null : hint;
        this.all = java.util.List.of(this);
    }

    private LabFileException(java.util.List<LabFileException> errors) {
        super(String.join(System.lineSeparator(), errors.stream().map(Throwable::getMessage).toList()), null, false, false);
        LabFileException first = errors.get(0);
        this.file = first.file;
        this.location = first.location;
        this.problem = first.problem;
        this.hint = first.hint;
        this.all = java.util.List.copyOf(errors);
    }

    /**
     * Several independent errors of one file as one exception: its accessors describe the first,
     * its message has one {@code file:line:column} line per error.
     */
    public static LabFileException of(java.util.List<LabFileException> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("no errors");
        }
        return errors.size() == 1 ? errors.get(0) : new LabFileException(errors);
    }

    /** Every error this exception reports, the first one first (itself when there is one). */
    public java.util.List<LabFileException> errors() {
        return all;
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
