package io.labforge.ui.inspector;

import io.labforge.model.Lab;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * How the inspector edits one list-valued role setting: a list of plain values, or a table whose
 * rows are maps with typed columns. Shapes follow what provisioning reads (docs/provisioning.md).
 */
sealed interface RoleField permits RoleField.Values, RoleField.Table {

    /** What the editor may offer to pick from, besides what is typed. */
    enum Offer { NOTHING, NETWORKS, NODES_AND_NETWORKS }

    /** A list of plain values, e.g. {@code packages: [htop, curl]}. */
    record Values(String item, Offer offer, BiFunction<Lab, String, String> check) implements RoleField {
    }

    /** A list of maps, e.g. load-balancer {@code frontends}; {@code newRow} is what "Add" puts in. */
    record Table(String row, List<Column> columns, Function<List<java.util.Map<String, Object>>, java.util.Map<String, Object>> newRow)
            implements RoleField {
    }

    enum Type {
        /** A TCP/UDP port, stored as a number. */
        PORT,
        /** Free text with a check. */
        TEXT,
        /** One of {@link Column#choices()}; empty means the default (the first choice). */
        CHOICE,
        /** Node ids of the lab's guests, picked from a menu. */
        NODES,
        /** One node or network id of the lab. */
        REF
    }

    /**
     * @param second  shown on the row's second line (less used settings)
     * @param unique  no two rows may hold the same value
     */
    record Column(String key, String header, Type type, boolean required, boolean unique, boolean second,
                  List<String> choices, Function<String, String> check) {

        static Column port(String key, String header, boolean required, boolean unique) {
            return new Column(key, header, Type.PORT, required, unique, false, List.of(), Checks::none);
        }

        static Column choice(String key, String header, String... choices) {
            return new Column(key, header, Type.CHOICE, false, false, false, List.of(choices), Checks::none);
        }

        static Column nodes(String key, String header) {
            return new Column(key, header, Type.NODES, true, false, false, List.of(), Checks::none);
        }

        static Column ref(String key, String header) {
            return new Column(key, header, Type.REF, true, false, false, List.of(), Checks::none);
        }

        static Column text(String key, String header, Function<String, String> check) {
            return new Column(key, header, Type.TEXT, false, false, false, List.of(), check);
        }

        Column onSecondLine() {
            return new Column(key, header, type, required, unique, true, choices, check);
        }
    }
}
