package io.labforge.edit;

import io.labforge.model.Lab;

/**
 * One undoable edit. A command is a pure function of the lab it is given; the {@link CommandStack}
 * keeps the lab before and after, so undo never depends on a command reversing itself.
 */
public interface Command {

    /** What the edit does, for the Edit menu ("Undo Move 3 elements"). */
    String description();

    Lab apply(Lab lab);

    /**
     * Whether this command continues {@code previous} (e.g. the next step of the same drag), so that
     * the two undo as one.
     */
    default boolean continues(Command previous) {
        return false;
    }

    static Command of(String description, java.util.function.UnaryOperator<Lab> change) {
        return new Command() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public Lab apply(Lab lab) {
                return change.apply(lab);
            }
        };
    }
}
