package io.labforge.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Unmodifiable, order-keeping copies, so that a lab saves its keys in the order it was read. */
final class Maps {

    private Maps() {
    }

    static <V> Map<String, V> copyOrdered(Map<String, V> map) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    static <V> Map<String, V> with(Map<String, V> map, String key, V value) {
        LinkedHashMap<String, V> copy = new LinkedHashMap<>(map);
        copy.put(key, value);
        return Collections.unmodifiableMap(copy);
    }

    /** Deep, unmodifiable copy of a tree of maps, lists and scalar values (role settings). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> deepCopy(Map<String, ?> map) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        LinkedHashMap<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, deepCopyValue(v)));
        return Collections.unmodifiableMap(copy);
    }

    @SuppressWarnings("unchecked")
    private static Object deepCopyValue(Object v) {
        if (v instanceof Map<?, ?> m) {
            return deepCopy((Map<String, ?>) m);
        }
        if (v instanceof List<?> l) {
            return Collections.unmodifiableList(l.stream().map(Maps::deepCopyValue).toList());
        }
        return v;
    }
}
