package io.labforge.edit;

import io.labforge.model.Lab;

import java.util.List;

/** Several commands that undo as one. */
public record Composite(String description, List<Command> parts) implements Command {

    public Composite {
        parts = List.copyOf(parts);
    }

    @Override
    public Lab apply(Lab lab) {
        Lab out = lab;
        for (Command c : parts) {
            out = c.apply(out);
        }
        return out;
    }
}
