package io.labforge.validate;

import java.util.List;

/** The problems found in one lab, errors first, then in catalogue order. */
public record ValidationReport(List<Problem> problems) {

    public ValidationReport {
        problems = List.copyOf(problems == null ? List.of() : problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public long errorCount() {
        return count(Severity.ERROR);
    }

    public long warningCount() {
        return count(Severity.WARNING);
    }

    public long infoCount() {
        return count(Severity.INFO);
    }

    public boolean isClean() {
        return problems.isEmpty();
    }

    /** Problems that name {@code id} among their subjects (the inspector shows them in place). */
    public List<Problem> about(String id) {
        return problems.stream().filter(p -> p.subjects().contains(id)).toList();
    }

    public List<Problem> withCode(String code) {
        return problems.stream().filter(p -> p.code().equals(code)).toList();
    }

    private long count(Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).count();
    }
}
