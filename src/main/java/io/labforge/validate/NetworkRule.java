package io.labforge.validate;

import io.labforge.model.Network;

/** A rule whose findings for a network depend only on that network; cached per network between edits. */
public interface NetworkRule extends Rule {

    void check(Network network, RuleContext context, Findings out);

    @Override
    default void check(RuleContext context, Findings out) {
        for (Network network : context.lab().networks()) {
            check(network, context, out);
        }
    }
}
