package io.labforge.validate;

import io.labforge.model.Lab;

/**
 * A one-click repair offered with a problem. {@link #apply} is pure: it returns the repaired copy
 * of the lab it is given (the editor wraps it in an undoable command) and leaves the lab unchanged
 * when the objects it repairs are gone.
 */
public interface QuickFix {

    /** What the fix does, in words for a button or menu, e.g. "Use 10.10.20.14". */
    String description();

    Lab apply(Lab lab);

    static QuickFix of(String description, java.util.function.UnaryOperator<Lab> change) {
        return new QuickFix() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public Lab apply(Lab lab) {
                return change.apply(lab);
            }

            @Override
            public String toString() {
                return description;
            }
        };
    }
}
