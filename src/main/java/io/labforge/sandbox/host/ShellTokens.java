package io.labforge.sandbox.host;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a POSIX shell command line into words and operators with the shell's quoting rules
 * (single quotes, double quotes, backslash). Expansions ({@code $}, backquotes, unquoted globs)
 * are refused: the commands Labforge sends to a node never use them.
 */
final class ShellTokens {

    /** A word (quotes removed) or an operator; {@code quoted}: some of it was quoted (so never a keyword). */
    record Token(String text, boolean operator, boolean quoted) {

        boolean is(String op) {
            return operator && text.equals(op);
        }

        boolean keyword(String k) {
            return !operator && !quoted && text.equals(k);
        }
    }

    private static final List<String> OPERATORS = List.of("2>&1", "2>", ">&2", ">>", "&&", "||", ">", "|", ";", "\n");

    private ShellTokens() {
    }

    static List<Token> split(String line) {
        List<Token> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        boolean quoted = false;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            String op = operatorAt(line, i, inWord);
            if (op != null) {
                flush(out, word, inWord, quoted);
                inWord = false;
                quoted = false;
                out.add(new Token(op, true, false));
                i += op.length();
            } else if (c == ' ' || c == '\t') {
                flush(out, word, inWord, quoted);
                inWord = false;
                quoted = false;
                i++;
            } else if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new UnsupportedShellException("unterminated single quote in: " + line);
                }
                word.append(line, i + 1, end);
                inWord = true;
                quoted = true;
                i = end + 1;
            } else if (c == '"') {
                i = doubleQuoted(line, i + 1, word);
                inWord = true;
                quoted = true;
            } else if (c == '\\' && i + 1 < line.length()) {
                word.append(line.charAt(i + 1));
                inWord = true;
                quoted = true;
                i += 2;
            } else if (c == '$' || c == '`' || c == '*' || c == '?' || c == '(' || c == ')' || c == '<' || c == '&') {
                throw new UnsupportedShellException("the sandbox's node shell does not simulate '" + c + "' (expansions, globs, "
                        + "subshells, input redirection, background jobs) in: " + line);
            } else {
                word.append(c);
                inWord = true;
                i++;
            }
        }
        flush(out, word, inWord, quoted);
        return out;
    }

    /** The operator at {@code i}; {@code 2>} only where a word would start (else the 2 belongs to the word). */
    private static String operatorAt(String line, int i, boolean inWord) {
        for (String op : OPERATORS) {
            if (line.startsWith(op, i) && (!op.startsWith("2") || !inWord)) {
                return op;
            }
        }
        return null;
    }

    private static int doubleQuoted(String line, int i, StringBuilder word) {
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '$' || c == '`') {
                throw new UnsupportedShellException("the sandbox's node shell does not simulate expansions ('" + c + "') in: " + line);
            }
            if (c == '\\' && i + 1 < line.length() && "\"\\$`\n".indexOf(line.charAt(i + 1)) >= 0) {
                word.append(line.charAt(i + 1));
                i += 2;
            } else {
                word.append(c);
                i++;
            }
        }
        throw new UnsupportedShellException("unterminated double quote in: " + line);
    }

    private static void flush(List<Token> out, StringBuilder word, boolean inWord, boolean quoted) {
        if (inWord) {
            out.add(new Token(word.toString(), false, quoted));
        }
        word.setLength(0);
    }
}
