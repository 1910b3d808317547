package io.labforge.validate.rules;

import io.labforge.validate.Rule;

import java.util.List;

/** The rule catalogue: the one list where a rule is registered. Order is the order of the report. */
public final class Rules {

    private static final List<Rule> ALL = List.of(
    );

    private Rules() {
    }

    public static List<Rule> all() {
        return ALL;
    }
}
