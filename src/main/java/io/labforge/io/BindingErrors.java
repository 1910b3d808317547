package io.labforge.io;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.labforge.kind.Names;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns what Jackson and SnakeYAML throw into one-line {@link LabFileException}s that say what is wrong and what would be right. */
final class BindingErrors {

    private static final Pattern COERCED = Pattern.compile("Cannot coerce \\w+ value \\(\"(.*?)\"\\)");
    private static final Pattern TOKEN = Pattern.compile("token `JsonToken\\.(\\w+)`");

    private BindingErrors() {
    }

    static LabFileException map(String file, String text, JsonProcessingException e) {
        Location at = Location.of(e.getLocation());
        if (e instanceof FileProblem fp) {
            return new LabFileException(file, at, fp.problem(), fp.hint());
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return unknownKey(file, keyLocation(text, u, at), u);
        }
        if (e instanceof MismatchedInputException m) {
            return wrongType(file, at, m);
        }
        if (e instanceof StreamConstraintsException c) {
            return tooBig(file, e.getProcessor() instanceof JsonParser p ? Location.of(p.currentLocation()) : at, c);
        }
        if (e.getCause() instanceof MarkedYAMLException y) {
            return yamlSyntax(file, at, y);
        }
        String original = e.getOriginalMessage() == null ? "unreadable input" : e.getOriginalMessage();
        if (original.startsWith("Duplicate field '")) {
            String key = original.substring("Duplicate field '".length()).replaceAll("(?s)'.*", "");
            return new LabFileException(file, keyBefore(text, key, e.getLocation().getCharOffset(), at),
                    "duplicate key '" + key + "'", "each key may appear only once in a mapping");
        }
        if (original.startsWith("Malformed numeric value")) {
            String value = original.replaceAll("(?s)^Malformed numeric value '(.*?)'.*", "$1");
            return new LabFileException(file, at, "not a number Labforge can use: " + Values.quote(value),
                    "write a plain number, e.g. 400");
        }
        String kind = e instanceof JsonParseException ? "JSON syntax error: " : "";
        return new LabFileException(file, at, kind + firstLine(original));
    }

    private static LabFileException unknownKey(String file, Location at, UnrecognizedPropertyException u) {
        List<String> valid = validKeys(u.getReferringClass());
        String key = u.getPropertyName();
        String nearest = Names.nearest(key, valid).map(n -> "did you mean '" + n + "'? ").orElse("");
        return new LabFileException(file, at, "unknown key '" + key + "' " + where(u.getPath()),
                nearest + "valid keys: " + String.join(", ", valid));
    }

    /** Keys of a file record, in file order. */
    static List<String> validKeys(Class<?> type) {
        if (type == null || !type.isRecord()) {
            return List.of();
        }
        return Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toList();
    }

    private static LabFileException wrongType(String file, Location at, MismatchedInputException m) {
        List<JsonMappingException.Reference> path = m.getPath();
        String expected = Values.typeName(m.getTargetType());
        String got = got(m);
        if (path.isEmpty()) {
            return new LabFileException(file, at, "expected " + expected + got);
        }
        JsonMappingException.Reference last = path.get(path.size() - 1);
        String subject = last.getFieldName() != null
                ? "'" + last.getFieldName() + "'"
                : "each entry of " + (path.size() > 1 ? "'" + path.get(path.size() - 2).getFieldName() + "'" : "the list");
        return new LabFileException(file, at, subject + " must be " + expected + got);
    }

    private static String got(MismatchedInputException m) {
        if (m instanceof InvalidFormatException f) {
            return ", got " + (f.getValue() instanceof String s ? Values.quote(s) : String.valueOf(f.getValue()));
        }
        // Jackson names the token it met in its message: "... from Object value (token `JsonToken.START_OBJECT`)".
        Matcher coerced = COERCED.matcher(String.valueOf(m.getOriginalMessage()));
        if (coerced.find()) {
            return ", got " + Values.quote(coerced.group(1));
        }
        Matcher token = TOKEN.matcher(String.valueOf(m.getOriginalMessage()));
        if (!token.find()) {
            return "";
        }
        return switch (token.group(1)) {
            case "START_OBJECT" -> ", got a mapping";
            case "START_ARRAY" -> ", got a list";
            case "VALUE_STRING" -> ", got text";
            case "VALUE_NUMBER_INT", "VALUE_NUMBER_FLOAT" -> ", got a number";
            case "VALUE_TRUE", "VALUE_FALSE" -> ", got true/false";
            default -> "";
        };
    }

    /**
     * Jackson reports an unknown key at its value; the key itself is the last occurrence of its
     * name before the value (both parsers give character offsets).
     */
    private static Location keyLocation(String text, UnrecognizedPropertyException u, Location fallback) {
        if (!(u.getProcessor() instanceof JsonParser p)) {
            return fallback;
        }
        return keyBefore(text, u.getPropertyName(), p.currentTokenLocation().getCharOffset(), fallback);
    }

    /** Where {@code key} was last written before character {@code offset}. */
    private static Location keyBefore(String text, String key, long offset, Location fallback) {
        if (text == null || offset < 0 || offset > text.length()) {
            return fallback;
        }
        int keyAt = text.lastIndexOf(key, (int) offset);
        return keyAt < 0 ? fallback : TextCheck.locate(text, keyAt);
    }

    static LabFileException tooBig(String file, Location at, StreamConstraintsException c) {
        String msg = String.valueOf(c.getOriginalMessage());
        if (msg.contains("nesting depth")) {
            return new LabFileException(file, at, "the file nests deeper than " + LabMappers.MAX_DEPTH + " levels",
                    "a lab file needs only a few levels; is this a lab file?");
        }
        if (msg.contains("String value length")) {
            return new LabFileException(file, at, "a text value is longer than " + (LabMappers.MAX_STRING >> 20) + " MB");
        }
        return new LabFileException(file, at, "a value is too large: " + firstLine(msg));
    }

    /** "in a node", "in 'resources'", "at the top level". */
    static String where(List<JsonMappingException.Reference> path) {
        if (path.size() < 2) {
            return "at the top level";
        }
        JsonMappingException.Reference parent = path.get(path.size() - 2);
        if (parent.getFieldName() != null) {
            return "in '" + parent.getFieldName() + "'";
        }
        String list = path.size() > 2 ? path.get(path.size() - 3).getFieldName() : null;
        return list == null ? "in a list entry" : "in a " + singular(list);
    }

    private static String singular(String list) {
        return switch (list) {
            case "networks" -> "network";
            case "nodes" -> "node";
            case "nics" -> "nic";
            case "groups" -> "group";
            default -> "'" + list + "' entry";
        };
    }

    private static LabFileException yamlSyntax(String file, Location at, MarkedYAMLException y) {
        Mark mark = y.getProblemMark();
        Location where = mark == null ? at : new Location(mark.getLine() + 1, mark.getColumn() + 1);
        String problem = y.getProblem() == null ? "invalid YAML" : y.getProblem();
        String hint = y.getContext();
        if (problem.contains("\t") || problem.contains("\\t")) {
            problem = "a tab character cannot start a token";
            hint = "indent with spaces; YAML does not allow tabs for indentation";
        }
        return new LabFileException(file, where, "YAML syntax error: " + problem, hint);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
