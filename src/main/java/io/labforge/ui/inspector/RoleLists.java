package io.labforge.ui.inspector;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pure updates of a node's {@code role} map for the list editors: each returns a new map and
 * leaves the one it was given alone, so an edit is one function the command stack can replay.
 */
final class RoleLists {

    private RoleLists() {
    }

    /** The plain values under {@code key}; a single value counts as a list of one. */
    static List<String> values(Map<String, Object> role, String key) {
        Object v = role.get(key);
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(v));
    }

    /** The rows (maps) under {@code key}; entries that are not maps are kept out of the editor. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> rows(Map<String, Object> role, String key) {
        if (!(role.get(key) instanceof List<?> l)) {
            return List.of();
        }
        return l.stream().filter(Map.class::isInstance).map(m -> (Map<String, Object>) m).toList();
    }

    /** Whether every entry under {@code key} is a map (or there is none), so a table can show all of it. */
    static boolean isTable(Object value) {
        return value == null || value instanceof List<?> l && l.stream().allMatch(Map.class::isInstance);
    }

    /** Whether the value is absent, one plain value or a list of plain values. */
    static boolean isValues(Object value) {
        if (value instanceof Map<?, ?>) {
            return false;
        }
        return !(value instanceof List<?> l) || l.stream().noneMatch(o -> o instanceof Map || o instanceof List);
    }

    /** {@code role} with {@code key} set to {@code list}; an empty list removes the key. */
    static Map<String, Object> with(Map<String, Object> role, String key, List<?> list) {
        Map<String, Object> out = new LinkedHashMap<>(role);
        if (list.isEmpty()) {
            out.remove(key);
        } else {
            out.put(key, List.copyOf(list));
        }
        return out;
    }

    static Map<String, Object> addValue(Map<String, Object> role, String key, String value) {
        List<String> list = new ArrayList<>(values(role, key));
        list.add(value);
        return with(role, key, list);
    }

    static Map<String, Object> setValue(Map<String, Object> role, String key, int index, String value) {
        List<String> list = new ArrayList<>(values(role, key));
        if (index >= list.size()) {
            return role;
        }
        if (value.isEmpty()) {
            list.remove(index);
        } else {
            list.set(index, value);
        }
        return with(role, key, list);
    }

    static Map<String, Object> removeValue(Map<String, Object> role, String key, int index) {
        return setValue(role, key, index, "");
    }

    static Map<String, Object> addRow(Map<String, Object> role, String key, Map<String, Object> row) {
        List<Map<String, Object>> list = new ArrayList<>(rows(role, key));
        list.add(row);
        return with(role, key, list);
    }

    /** Row {@code index} with {@code column} set to {@code value}; {@code null} (or an empty list) removes the column. */
    static Map<String, Object> setCell(Map<String, Object> role, String key, int index, String column, Object value) {
        List<Map<String, Object>> list = new ArrayList<>(rows(role, key));
        if (index >= list.size()) {
            return role;
        }
        Map<String, Object> row = new LinkedHashMap<>(list.get(index));
        if (value == null || value instanceof List<?> l && l.isEmpty()) {
            row.remove(column);
        } else {
            row.put(column, value);
        }
        list.set(index, row);
        return with(role, key, list);
    }

    static Map<String, Object> removeRow(Map<String, Object> role, String key, int index) {
        List<Map<String, Object>> list = new ArrayList<>(rows(role, key));
        if (index < list.size()) {
            list.remove(index);
        }
        return with(role, key, list);
    }
}
