package io.labforge.validate;

import io.labforge.model.Lab;

/**
 * Fast re-validation after one edit: the editor calls {@link #update} with the new lab after every
 * edit. Findings about nodes and networks that did not change are reused; the report is the
 * same as a full {@link Validator#validate}. Not thread-safe: one instance per open lab, called
 * from one thread at a time.
 */
public final class IncrementalValidator {

    private final Validator validator;
    private final RuleEngine engine;
    private ValidationReport last = new ValidationReport(java.util.List.of());

    public IncrementalValidator(Validator validator) {
        this.validator = validator;
        this.engine = new RuleEngine(validator.rules(), true);
    }

    public ValidationReport update(Lab lab) {
        last = engine.run(validator.context(lab));
        return last;
    }

    /** The report of the last {@link #update}, empty before the first. */
    public ValidationReport last() {
        return last;
    }
}
