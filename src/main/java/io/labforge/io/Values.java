package io.labforge.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;

/** Short descriptions of values and types for error messages. */
final class Values {

    private static final int MAX_QUOTE = 40;

    private Values() {
    }

    /** What the parser's current token is, as a user would call it: {@code "abc"}, {@code a list}, ... */
    static String describe(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case START_OBJECT, FIELD_NAME -> "a mapping";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> quote(p.getText());
            case VALUE_NULL -> "nothing (null)";
            default -> p.getText();
        };
    }

    static String quote(Object value) {
        String s = String.valueOf(value);
        if (s.length() > MAX_QUOTE) {
            s = s.substring(0, MAX_QUOTE) + "...";
        }
        return "\"" + LabFileException.oneLine(s) + "\"";
    }

    /** How a Java type of the file's records reads to a user. */
    static String typeName(Class<?> type) {
        if (type == null) {
            return "a different value";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class || type == Float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class || type == Ref.class) {
            return "a text value";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "a mapping (key: value)";
    }
}
