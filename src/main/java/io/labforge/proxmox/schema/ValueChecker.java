package io.labforge.proxmox.schema;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Checks one parameter value against its schema property, with PVE's wording (pve-common JSONSchema.pm). */
final class ValueChecker {

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();
    private static final Pattern NO_PATTERN = Pattern.compile("(?s).*");

    private ValueChecker() {
    }

    /** The problem with {@code value}, or null when it satisfies {@code schema}. */
    static String check(JsonNode schema, Object value) {
        String type = schema.path("type").asText("string");
        if (value instanceof List<?> list) {
            if (!type.equals("array")) {
                return list.size() == 1 ? check(schema, list.get(0)) : "type check ('" + type + "') failed - got ARRAY";
            }
            for (Object item : list) {
                String problem = check(schema.path("items"), item);
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        }
        if (type.equals("array")) {
            return check(schema.path("items"), value);
        }
        return switch (type) {
            case "integer" -> checkNumber(schema, value, true);
            case "number" -> checkNumber(schema, value, false);
            case "boolean" -> value instanceof Boolean || "1".equals(value) || "0".equals(value)
                    || value instanceof Number n && (n.longValue() == 0 || n.longValue() == 1)
                    ? null : "type check ('boolean') failed - got '" + value + "'";
            case "string" -> checkString(schema, String.valueOf(value));
            default -> null; // object and 'null' parameters are rare and left to the server
        };
    }

    private static String checkNumber(JsonNode schema, Object value, boolean integer) {
        String text = String.valueOf(value);
        boolean ok = value instanceof Number n
                ? !integer || n instanceof Integer || n instanceof Long || n instanceof java.math.BigInteger
                : (integer ? INTEGER : NUMBER).matcher(text).matches();
        if (!ok) {
            return "type check ('" + (integer ? "integer" : "number") + "') failed - got '" + text + "'";
        }
        BigDecimal number = new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
        if (schema.has("minimum") && number.compareTo(new BigDecimal(schema.get("minimum").asText())) < 0) {
            return "value must have a minimum value of " + schema.get("minimum").asText();
        }
        if (schema.has("maximum") && number.compareTo(new BigDecimal(schema.get("maximum").asText())) > 0) {
            return "value must have a maximum value of " + schema.get("maximum").asText();
        }
        return enumCheck(schema, text);
    }

    private static String checkString(JsonNode schema, String value) {
        if (schema.has("maxLength") && value.length() > schema.get("maxLength").asInt()) {
            return "value may only be " + schema.get("maxLength").asInt() + " characters long";
        }
        if (schema.has("minLength") && value.length() < schema.get("minLength").asInt()) {
            return "value must be at least " + schema.get("minLength").asInt() + " characters long";
        }
        if (schema.has("pattern") && !pattern(schema.get("pattern").asText()).matcher(value).matches()) {
            return "value does not match the regex pattern";
        }
        String enumProblem = enumCheck(schema, value);
        if (enumProblem != null) {
            return enumProblem;
        }
        JsonNode format = schema.path("format");
        if (format.isObject()) {
            return PropertyStrings.check(format, value);
        }
        if (format.isTextual()) {
            JsonNode named = NamedPropertyFormats.get(format.asText());
            String problem = named != null ? PropertyStrings.check(named, value) : Formats.check(format.asText(), value);
            return problem == null ? null : "invalid format - " + problem;
        }
        return null;
    }

    private static String enumCheck(JsonNode schema, String value) {
        JsonNode values = schema.path("enum");
        if (!values.isArray()) {
            return null;
        }
        List<String> allowed = new ArrayList<>();
        for (JsonNode v : values) {
            if (v.asText().equals(value)) {
                return null;
            }
            allowed.add(v.asText());
        }
        return "value '" + value + "' does not have a value in the enumeration '" + String.join(", ", allowed) + "'";
    }

    // Schema regexes are Perl; the few Java cannot compile are not checked rather than wrongly rejected.
    private static Pattern pattern(String perl) {
        return PATTERNS.computeIfAbsent(perl, p -> {
            try {
                return Pattern.compile(p);
            } catch (PatternSyntaxException e) {
                return NO_PATTERN;
            }
        });
    }
}
