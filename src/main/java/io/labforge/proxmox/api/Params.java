package io.labforge.proxmox.api;

import io.labforge.proxmox.Secret;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Request parameters in the form PVE expects on the wire: booleans as 1/0, numbers as decimal strings,
 * repeated keys for arrays. Values are plain here; {@link FormEncoder} percent-encodes them once.
 * Secret values are remembered so listeners and messages can leave them out.
 */
public final class Params {

    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final Set<String> secretKeys = new LinkedHashSet<>();

    public static Params create() {
        return new Params();
    }

    public Params put(String key, String value) {
        if (value != null) {
            values.put(key, List.of(value));
        }
        return this;
    }

    public Params put(String key, Integer value) {
        return value == null ? this : put(key, Integer.toString(value));
    }

    public Params put(String key, Long value) {
        return value == null ? this : put(key, Long.toString(value));
    }

    public Params put(String key, Boolean value) {
        return value == null ? this : put(key, value ? "1" : "0");
    }

    /** A repeated key, e.g. {@code dhcp-range=...&dhcp-range=...}. */
    public Params putAll(String key, Collection<String> items) {
        if (items != null && !items.isEmpty()) {
            values.put(key, List.copyOf(items));
        }
        return this;
    }

    /** A secret value (password, cipassword): sent, but never shown to listeners or in messages. */
    public Params putSecret(String key, Secret value) {
        if (value != null) {
            values.put(key, List.of(value.reveal()));
            secretKeys.add(key);
        }
        return this;
    }

    public Params putAll(Params other) {
        if (other != null) {
            values.putAll(other.values);
            secretKeys.addAll(other.secretKeys);
        }
        return this;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public String first(String key) {
        List<String> v = values.get(key);
        return v == null ? null : v.get(0);
    }

    /** The values as sent (including secrets) — only for the encoder. */
    Map<String, List<String>> wire() {
        return Collections.unmodifiableMap(values);
    }

    /** The values with secrets replaced by a mask — safe to hand to listeners and logs. */
    public Map<String, List<String>> redacted() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, secretKeys.contains(k) ? v.stream().map(x -> Redactor.MASK).toList() : v));
        return Collections.unmodifiableMap(out);
    }

    Stream<String> secretValues() {
        return secretKeys.stream().flatMap(k -> values.getOrDefault(k, List.of()).stream());
    }

    @Override
    public String toString() {
        return redacted().toString();
    }
}
