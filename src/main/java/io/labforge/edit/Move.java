package io.labforge.edit;

import io.labforge.model.Lab;
import io.labforge.model.Position;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Puts elements at new positions. The steps of one drag share a {@code gesture} number and undo
 * as one move.
 */
public record Move(Map<String, Position> to, long gesture) implements Command {

    public Move {
        to = Map.copyOf(to);
    }

    /** A move that is not part of a drag (align, auto-layout, keyboard nudge). */
    public static Move of(Map<String, Position> to) {
        return new Move(to, 0);
    }

    @Override
    public String description() {
        return to.size() == 1 ? "Move " + to.keySet().iterator().next() : "Move " + to.size() + " elements";
    }

    @Override
    public Lab apply(Lab lab) {
        Map<String, Position> layout = new LinkedHashMap<>(lab.layout());
        to.forEach((id, p) -> {
            if (lab.node(id).isPresent() || lab.network(id).isPresent()) {
                layout.put(id, p);
            }
        });
        return lab.withLayout(layout);
    }

    @Override
    public boolean continues(Command previous) {
        return gesture != 0 && previous instanceof Move m && m.gesture == gesture;
    }
}
