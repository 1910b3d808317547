package io.labforge.proxmox.property;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The codec for PVE property strings: {@code key=value} pairs joined by commas, where the schema's
 * "default key" may appear without {@code key=} ({@code virtio,bridge=vmbr1} means {@code model=virtio}).
 * Multi-valued sub-values use {@code ;} ({@code trunks=10;20}). Keys keep their order.
 */
public final class PropertyString {

    private final Map<String, String> values;

    private PropertyString(Map<String, String> values) {
        this.values = values;
    }

    public static PropertyString empty() {
        return new PropertyString(new LinkedHashMap<>());
    }

    /**
     * @param defaultKey the key a bare value belongs to ({@code model}, {@code file}, {@code volume},
     *                   {@code enabled}...), or null if every value must be {@code key=value}
     * @throws IllegalArgumentException on empty parts, duplicate keys or a bare value without default key
     */
    public static PropertyString parse(String text, String defaultKey) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return new PropertyString(out);
        }
        for (String part : text.split(",", -1)) {
            String p = part.strip();
            if (p.isEmpty()) {
                throw new IllegalArgumentException("empty item in property string '" + text + "'");
            }
            int eq = p.indexOf('=');
            String key = eq < 0 ? defaultKey : p.substring(0, eq);
            String value = eq < 0 ? p : p.substring(eq + 1);
            if (key == null) {
                throw new IllegalArgumentException("'" + p + "' in '" + text + "' needs the form key=value");
            }
            if (out.putIfAbsent(key, value) != null) {
                throw new IllegalArgumentException("key '" + key + "' appears twice in '" + text + "'");
            }
        }
        return new PropertyString(out);
    }

    /** A copy with {@code key} set (or removed if {@code value} is null). */
    public PropertyString with(String key, Object value) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        if (value == null) {
            copy.remove(key);
        } else {
            String v = value instanceof Boolean b ? (b ? "1" : "0") : value.toString();
            if (key.isEmpty() || key.contains(",") || key.contains("=") || v.contains(",")) {
                throw new IllegalArgumentException("'" + key + "=" + v + "' cannot be part of a property string (no ',' in keys or values, no '=' in keys)");
            }
            copy.put(key, v);
        }
        return new PropertyString(copy);
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** True for {@code 1}, {@code on}, {@code yes}, {@code true}; false when absent. */
    public boolean flag(String key) {
        return get(key).map(v -> v.equals("1") || v.equalsIgnoreCase("on") || v.equalsIgnoreCase("yes")
                || v.equalsIgnoreCase("true")).orElse(false);
    }

    public Map<String, String> asMap() {
        return Collections.unmodifiableMap(values);
    }

    /** {@code key=value,...}; the first pair is written bare if its key is {@code bareKey}. */
    public String format(String bareKey) {
        StringBuilder out = new StringBuilder();
        values.forEach((k, v) -> {
            if (out.length() > 0) {
                out.append(',');
            }
            out.append(out.length() == 0 && k.equals(bareKey) ? v : k + "=" + v);
        });
        return out.toString();
    }

    public String format() {
        return format(null);
    }

    @Override
    public String toString() {
        return format();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PropertyString p && p.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }
}
