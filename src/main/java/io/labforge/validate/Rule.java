package io.labforge.validate;

/**
 * One check of the catalogue. Implementations are small stateless classes registered in
 * {@link io.labforge.validate.rules.Rules}; a rule that looks at one node or one network at a
 * time implements {@link NodeRule} or {@link NetworkRule} so that re-validation after an edit
 * only re-runs it for what changed.
 */
public interface Rule {

    /** Stable code, e.g. {@code LF205}; never reused for another check. */
    String code();

    /** Severity of what it finds. */
    Severity severity();

    /** What it checks, one line for the catalogue. */
    String title();

    /** What would be right or what the quick fix does, one line for the catalogue. */
    String remedy();

    void check(RuleContext context, Findings out);
}
