package io.labforge.io;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Optional;

/** The chain of {@link Migration}s from each older schema version up to the current one. */
public final class Migrations {

    /** Schema 1 is the first published lab file format: there is nothing to migrate from yet. */
    private static final Migrations BUILTIN = new Migrations(List.of());

    private final List<Migration> steps;

    public Migrations(List<Migration> steps) {
        this.steps = List.copyOf(steps);
    }

    public static Migrations builtin() {
        return BUILTIN;
    }

    /** The lab migrated from {@code version} to {@code target}; empty when some step on the way is missing. */
    public Optional<ObjectNode> migrate(ObjectNode lab, int version, int target) {
        ObjectNode current = lab;
        for (int v = version; v < target; v++) {
            int from = v;
            Optional<Migration> step = steps.stream().filter(m -> m.from() == from).findFirst();
            if (step.isEmpty()) {
                return Optional.empty();
            }
            current = step.get().apply(current);
            current.put("schemaVersion", v + 1);
        }
        return Optional.of(current);
    }
}
