package io.labforge.shell;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * POSIX shell quoting. Every remote command built from lab data goes through here: each word is
 * wrapped in single quotes, inside which a POSIX shell interprets nothing, and an embedded single
 * quote becomes {@code '\''} (close, escaped quote, reopen).
 */
public final class ShellQuote {

    private ShellQuote() {
    }

    /** One word, safe to paste into a {@code sh -c} command line whatever it contains. */
    public static String quote(String word) {
        if (word == null) {
            throw new IllegalArgumentException("cannot quote a missing value");
        }
        if (word.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("a shell word cannot contain a NUL character");
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** A command line whose words reach the remote program exactly as given (argv). */
    public static String command(List<String> argv) {
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("empty command");
        }
        return argv.stream().map(ShellQuote::quote).collect(Collectors.joining(" "));
    }

    public static String command(String... argv) {
        return command(Arrays.asList(argv));
    }
}
