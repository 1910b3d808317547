package io.labforge.proxmox.schema;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Property strings ({@code virtio=BC:24:11:00:00:01,bridge=vmbr1,tag=20}) checked against an object {@code format}:
 * known sub-keys, the {@code default_key} written bare, {@code alias}/{@code keyAlias} spellings, sub-value types.
 */
final class PropertyStrings {

    private PropertyStrings() {
    }

    /** PVE's message for an invalid property string ("invalid format - ..."), or null when valid. */
    static String check(JsonNode format, String value) {
        Map<String, String> parsed = new LinkedHashMap<>();
        for (String part : split(value)) {
            int eq = part.indexOf('=');
            String key;
            String val;
            if (eq < 0) {
                key = defaultKey(format);
                if (key == null) {
                    return "invalid format - value without key, but schema does not define a default key";
                }
                val = part;
            } else {
                key = part.substring(0, eq).trim();
                val = part.substring(eq + 1);
            }
            JsonNode sub = format.get(key);
            if (sub == null) {
                return "invalid format - invalid key in comma-separated list property: " + key;
            }
            if (sub.has("keyAlias")) { // e.g. virtio=<MAC> means model=virtio,macaddr=<MAC>
                if (parsed.put(sub.get("keyAlias").asText(), key) != null) {
                    return "invalid format - duplicate key in comma-separated list property: " + sub.get("keyAlias").asText();
                }
                key = sub.get("alias").asText();
            } else if (sub.has("alias")) {
                key = sub.get("alias").asText();
            }
            if (parsed.put(key, val) != null) {
                return "invalid format - duplicate key in comma-separated list property: " + key;
            }
        }
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : parsed.entrySet()) {
            String problem = ValueChecker.check(format.get(e.getKey()), unquote(e.getValue()));
            if (problem != null) {
                problems.add(e.getKey() + ": " + problem);
            }
        }
        for (Map.Entry<String, JsonNode> e : format.properties()) {
            JsonNode sub = e.getValue();
            boolean required = !sub.path("optional").asBoolean(false) && !sub.has("alias") && !sub.has("default");
            if (required && !parsed.containsKey(e.getKey())) {
                problems.add(e.getKey() + ": property is missing and it is not optional");
            }
        }
        return problems.isEmpty() ? null : "invalid format - format error\n" + String.join("\n", problems);
    }

    private static String defaultKey(JsonNode format) {
        for (Map.Entry<String, JsonNode> e : format.properties()) {
            if (e.getValue().path("default_key").asBoolean(false)) {
                return e.getKey();
            }
        }
        return null;
    }

    /** Splits on commas outside double quotes, as pve-common's parse_property_string does. */
    static List<String> split(String value) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        parts.add(current.toString());
        parts.removeIf(String::isEmpty);
        return parts;
    }

    private static String unquote(String v) {
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }
}
