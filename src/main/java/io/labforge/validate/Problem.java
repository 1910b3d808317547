package io.labforge.validate;

import java.util.List;
import java.util.Objects;

/**
 * One finding of a rule.
 *
 * @param code     the rule's stable code, e.g. {@code LF205}
 * @param severity how bad it is
 * @param message  what is wrong, naming the objects
 * @param subjects ids of the nodes/networks involved (the UI selects and centres them)
 * @param hint     what would be right
 * @param fix      a one-click repair, {@code null} when there is no obvious one
 */
public record Problem(String code, Severity severity, String message, List<String> subjects, String hint, QuickFix fix) {

    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        subjects = List.copyOf(subjects == null ? List.of() : subjects);
        hint = hint == null ? "" : hint;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public boolean hasFix() {
        return fix != null;
    }
}
