package io.labforge.sandbox.host;

import io.labforge.sandbox.host.ShellTokens.Token;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one command line the way {@code /bin/sh -c} would, for the shell grammar Labforge's host
 * commands use: {@code ;}, {@code &&}, {@code ||}, pipes, {@code { ...; }} groups,
 * {@code while ...; do ...; done}, and the redirections {@code >}, {@code >>}, {@code 2>},
 * {@code >&2}, {@code 2>&1}. The commands themselves are the simulated host's.
 */
final class ShellScript {

    /** Guards a {@code while} that never ends (a remove loop on a rule that cannot be deleted). */
    static final int MAX_LOOPS = 1000;

    /** What a command leaves behind. */
    record Out(int status, byte[] stdout, byte[] stderr) {
    }

    private final List<Token> tokens;
    private final SimHost host;
    private final String line;
    private int pos;

    private ShellScript(String line, SimHost host) {
        this.line = line;
        this.tokens = ShellTokens.split(line);
        this.host = host;
    }

    static Out run(String line, SimHost host) {
        ShellScript s = new ShellScript(line, host);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = s.list(true, out, err, List.of());
        if (s.pos < s.tokens.size()) {
            throw s.syntax("unexpected '" + s.tokens.get(s.pos).text() + "'");
        }
        return new Out(status, out.toByteArray(), err.toByteArray());
    }

    /** list := and_or ((';' | newline) and_or)*, up to one of {@code stops} (keywords) or the end. */
    private int list(boolean run, ByteArrayOutputStream out, ByteArrayOutputStream err, List<String> stops) {
        int status = 0;
        while (pos < tokens.size() && !atStop(stops)) {
            status = andOr(run, out, err);
            if (pos < tokens.size() && (peek().is(";") || peek().is("\n"))) {
                pos++;
            } else {
                break;
            }
        }
        return status;
    }

    private int andOr(boolean run, ByteArrayOutputStream out, ByteArrayOutputStream err) {
        int status = pipeline(run, out, err);
        while (pos < tokens.size() && (peek().is("&&") || peek().is("||"))) {
            boolean and = tokens.get(pos++).is("&&");
            boolean go = run && (and == (status == 0));
            int next = pipeline(go, out, err);
            if (go) {
                status = next;
            }
        }
        return status;
    }

    private int pipeline(boolean run, ByteArrayOutputStream out, ByteArrayOutputStream err) {
        byte[] input = new byte[0];
        while (true) {
            ByteArrayOutputStream stage = new ByteArrayOutputStream();
            int status = command(run, input, stage, err);
            if (pos < tokens.size() && peek().is("|")) {
                pos++;
                input = stage.toByteArray();
                continue;
            }
            out.writeBytes(stage.toByteArray());
            return status;
        }
    }

    private int command(boolean run, byte[] stdin, ByteArrayOutputStream out, ByteArrayOutputStream err) {
        if (pos >= tokens.size()) {
            throw syntax("a command is missing");
        }
        if (peek().keyword("{")) {
            pos++;
            int status = list(run, out, err, List.of("}"));
            expect("}");
            return status;
        }
        if (peek().keyword("while")) {
            return whileLoop(run, out, err);
        }
        return simple(run, stdin, out, err);
    }

    private int whileLoop(boolean run, ByteArrayOutputStream out, ByteArrayOutputStream err) {
        pos++;
        int condition = pos;
        for (int round = 0; ; round++) {
            pos = condition;
            boolean go = run && round < MAX_LOOPS;
            int test = list(go, out, err, List.of("do"));
            expect("do");
            boolean body = go && test == 0;
            list(body, out, err, List.of("done"));
            expect("done");
            if (!body) {
                if (run && round >= MAX_LOOPS) {
                    throw new UnsupportedShellException("a while loop ran " + MAX_LOOPS + " times without ending: " + line);
                }
                return 0;
            }
        }
    }

    private int simple(boolean run, byte[] stdin, ByteArrayOutputStream out, ByteArrayOutputStream err) {
        List<String> words = new ArrayList<>();
        String stdoutTo = null;
        boolean append = false;
        String stderrTo = null;
        boolean stdoutToErr = false;
        boolean errToOut = false;
        while (pos < tokens.size()) {
            Token t = peek();
            if (!t.operator()) {
                if (words.isEmpty() && (t.keyword("}") || t.keyword("do") || t.keyword("done"))) {
                    break;
                }
                words.add(t.text());
                pos++;
            } else if (t.is(">") || t.is(">>")) {
                pos++;
                append = t.is(">>");
                stdoutTo = word("a file name after " + t.text());
            } else if (t.is("2>")) {
                pos++;
                stderrTo = word("a file name after 2>");
            } else if (t.is(">&2")) {
                pos++;
                stdoutToErr = true;
            } else if (t.is("2>&1")) {
                pos++;
                errToOut = true;
            } else {
                break;
            }
        }
        if (words.isEmpty()) {
            throw syntax("a command is missing");
        }
        if (!run) {
            return 0;
        }
        Out r = host.exec(words, stdin);
        byte[] o = r.stdout();
        byte[] e = r.stderr();
        if (errToOut) {
            o = concat(o, e);
            e = new byte[0];
        }
        if (stdoutToErr) {
            e = concat(e, o);
            o = new byte[0];
        }
        if (stdoutTo != null) {
            host.redirect(stdoutTo, o, append);
            o = new byte[0];
        }
        if (stderrTo != null) {
            host.redirect(stderrTo, e, false);
            e = new byte[0];
        }
        out.writeBytes(o);
        err.writeBytes(e);
        return r.status();
    }

    private String word(String what) {
        if (pos >= tokens.size() || peek().operator()) {
            throw syntax(what + " is missing");
        }
        return tokens.get(pos++).text();
    }

    private void expect(String keyword) {
        if (pos >= tokens.size() || !peek().keyword(keyword)) {
            throw syntax("'" + keyword + "' expected");
        }
        pos++;
    }

    private boolean atStop(List<String> stops) {
        return stops.stream().anyMatch(k -> peek().keyword(k));
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private UnsupportedShellException syntax(String what) {
        return new UnsupportedShellException("syntax error: " + what + " in: " + line);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
