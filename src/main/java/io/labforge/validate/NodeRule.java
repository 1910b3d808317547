package io.labforge.validate;

import io.labforge.model.Node;

/**
 * A rule whose findings for a node depend only on that node, the lab's networks and the kinds.
 * Its results are cached per node between edits (see {@link IncrementalValidator}).
 */
public interface NodeRule extends Rule {

    void check(Node node, RuleContext context, Findings out);

    @Override
    default void check(RuleContext context, Findings out) {
        for (Node node : context.lab().nodes()) {
            check(node, context, out);
        }
    }
}
