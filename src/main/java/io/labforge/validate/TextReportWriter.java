package io.labforge.validate;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.function.Function;

/**
 * One line per problem, {@code [file:line:column: ]SEVERITY CODE message [subjects] — hint},
 * then a summary line such as {@code 2 errors, 1 warning}.
 */
public final class TextReportWriter {

    private final Function<Problem, Optional<SourceLocation>> locator;

    public TextReportWriter(Function<Problem, Optional<SourceLocation>> locator) {
        this.locator = locator;
    }

    public TextReportWriter() {
        this(p -> Optional.empty());
    }

    public void write(ValidationReport report, PrintWriter out) {
        for (Problem p : report.problems()) {
            out.println(line(p));
        }
        out.println(summary(report));
        out.flush();
    }

    public String line(Problem p) {
        StringBuilder b = new StringBuilder();
        locator.apply(p).ifPresent(at -> b.append(at).append(": "));
        b.append(p.severity()).append(' ').append(p.code()).append(' ').append(p.message());
        if (!p.subjects().isEmpty()) {
            b.append(" [").append(String.join(", ", p.subjects())).append(']');
        }
        if (!p.hint().isEmpty()) {
            b.append(" \u2014 ").append(p.hint());
        }
        return b.toString().replaceAll("[\\r\\n]+", " ");
    }

    public static String summary(ValidationReport report) {
        String s = count(report.errorCount(), "error") + ", " + count(report.warningCount(), "warning");
        return report.infoCount() > 0 ? s + ", " + count(report.infoCount(), "note") : s;
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
