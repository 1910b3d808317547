package io.labforge.validate;

import io.labforge.kind.NodeKinds;
import io.labforge.model.Lab;
import io.labforge.validate.rules.Rules;

import java.util.List;
import java.util.Objects;

/**
 * Checks a lab against the rule catalogue. Immutable and thread-safe; the {@code with...} methods
 * return configured copies, e.g. {@code Validator.standard().withCapacity(capacity)}.
 */
public final class Validator {

    private final List<Rule> rules;
    private final NodeKinds kinds;
    private final Capacity capacity;

    private Validator(List<Rule> rules, NodeKinds kinds, Capacity capacity) {
        this.rules = List.copyOf(rules);
        this.kinds = Objects.requireNonNull(kinds, "kinds");
        this.capacity = Objects.requireNonNull(capacity, "capacity");
    }

    /** The whole catalogue with the built-in kinds and no capacity information. */
    public static Validator standard() {
        return new Validator(Rules.all(), NodeKinds.builtin(), Capacity.UNKNOWN);
    }

    public Validator withKinds(NodeKinds newKinds) {
        return new Validator(rules, newKinds, capacity);
    }

    /** Enables the sizing rule with what the target nodes hold. */
    public Validator withCapacity(Capacity newCapacity) {
        return new Validator(rules, kinds, newCapacity);
    }

    public Validator withRules(List<Rule> newRules) {
        return new Validator(newRules, kinds, capacity);
    }

    public List<Rule> rules() {
        return rules;
    }

    public NodeKinds kinds() {
        return kinds;
    }

    public Capacity capacity() {
        return capacity;
    }

    public ValidationReport validate(Lab lab) {
        return new RuleEngine(rules, false).run(context(lab));
    }

    RuleContext context(Lab lab) {
        return new RuleContext(LabGraph.of(lab, kinds), capacity);
    }
}
