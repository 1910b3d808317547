package io.labforge.validate.rules;

import io.labforge.validate.Rule;
import io.labforge.validate.Severity;

/** The four facts every rule states, so that each rule class holds only its check. */
abstract class BaseRule implements Rule {

    private final String code;
    private final Severity severity;
    private final String title;
    private final String remedy;

    BaseRule(String code, Severity severity, String title, String remedy) {
        this.code = code;
        this.severity = severity;
        this.title = title;
        this.remedy = remedy;
    }

    @Override
    public final String code() {
        return code;
    }

    @Override
    public final Severity severity() {
        return severity;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final String remedy() {
        return remedy;
    }

    @Override
    public String toString() {
        return code + " " + title;
    }
}
