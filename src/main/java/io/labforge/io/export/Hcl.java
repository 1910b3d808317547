package io.labforge.io.export;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A small writer of HCL (the OpenTofu/Terraform language) in its canonical layout: two-space
 * indent and the {@code =} of consecutive attributes aligned, as {@code tofu fmt} leaves them. Text
 * values are quoted and escaped here, so nothing from a lab can end a string or start an
 * interpolation ({@code ${}}, {@code %{}}).
 */
final class Hcl {

    private final StringBuilder out = new StringBuilder();
    private final List<String[]> pending = new ArrayList<>();
    private int depth;

    /** A quoted HCL string. */
    static String str(String text) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean template = (c == '$' || c == '%') && i + 1 < text.length() && text.charAt(i + 1) == '{';
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
            if (template) {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /** A list of quoted strings. */
    static String strings(List<String> items) {
        return items.stream().map(Hcl::str).collect(Collectors.joining(", ", "[", "]"));
    }

    /** An attribute whose value is already an HCL expression. */
    Hcl expr(String name, String expression) {
        pending.add(new String[] {name, expression});
        return this;
    }

    Hcl attr(String name, String text) {
        return text == null ? this : expr(name, str(text));
    }

    Hcl attr(String name, Integer number) {
        return number == null ? this : expr(name, String.valueOf(number));
    }

    Hcl attr(String name, boolean value) {
        return expr(name, String.valueOf(value));
    }

    Hcl open(String type, String... labels) {
        flush();
        indent().append(type);
        for (String l : labels) {
            out.append(' ').append(str(l));
        }
        out.append(" {\n");
        depth++;
        return this;
    }

    Hcl close() {
        flush();
        depth--;
        indent().append("}\n");
        return this;
    }

    Hcl comment(String text) {
        flush();
        for (String line : text.split("\n", -1)) {
            indent().append(line.isEmpty() ? "#" : "# " + line.replace('\r', ' ')).append('\n');
        }
        return this;
    }

    Hcl blank() {
        flush();
        out.append('\n');
        return this;
    }

    String text() {
        flush();
        return out.toString();
    }

    private void flush() {
        int width = pending.stream().mapToInt(p -> p[0].length()).max().orElse(0);
        for (String[] p : pending) {
            indent().append(p[0]).append(" ".repeat(width - p[0].length())).append(" = ").append(p[1]).append('\n');
        }
        pending.clear();
    }

    private StringBuilder indent() {
        return out.append("  ".repeat(depth));
    }
}
