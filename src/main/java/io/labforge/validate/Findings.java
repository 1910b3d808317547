package io.labforge.validate;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one rule, stamping them with its code and severity. */
public final class Findings {

    private final Rule rule;
    private final List<Problem> problems = new ArrayList<>(2);

    public Findings(Rule rule) {
        this.rule = rule;
    }

    public void add(String message, String hint, List<String> subjects) {
        add(rule.severity(), message, hint, subjects, null);
    }

    public void add(String message, String hint, List<String> subjects, QuickFix fix) {
        add(rule.severity(), message, hint, subjects, fix);
    }

    public void add(Severity severity, String message, String hint, List<String> subjects, QuickFix fix) {
        problems.add(new Problem(rule.code(), severity, message, subjects, hint, fix));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Takes the problems collected so far and starts afresh (for per-object caching). */
    List<Problem> drain() {
        if (problems.isEmpty()) {
            return List.of();
        }
        List<Problem> out = List.copyOf(problems);
        problems.clear();
        return out;
    }
}
