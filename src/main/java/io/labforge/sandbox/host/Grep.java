package io.labforge.sandbox.host;

import io.labforge.sandbox.host.ShellScript.Out;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** {@code grep [-qsxF] PATTERN [FILE...]}: exit 0 on a match, 1 on none, 2 on an error. */
final class Grep {

    private Grep() {
    }

    static Out run(List<String> args, byte[] stdin, Function<String, byte[]> files) {
        boolean quiet = false;
        boolean silent = false;
        boolean whole = false;
        boolean fixed = false;
        int i = 0;
        for (; i < args.size() && args.get(i).startsWith("-") && args.get(i).length() > 1; i++) {
            if (args.get(i).equals("--")) {
                i++;
                break;
            }
            for (char c : args.get(i).substring(1).toCharArray()) {
                switch (c) {
                    case 'q' -> quiet = true;
                    case 's' -> silent = true;
                    case 'x' -> whole = true;
                    case 'F' -> fixed = true;
                    default -> throw new UnsupportedShellException("the sandbox's node shell's grep knows -q -s -x -F only, not -" + c);
                }
            }
        }
        if (i >= args.size()) {
            throw new UnsupportedShellException("grep: a pattern is missing");
        }
        Pattern p;
        try {
            String text = fixed ? Pattern.quote(args.get(i)) : args.get(i);
            p = Pattern.compile(whole ? "(?:" + text + ")" : ".*(?:" + text + ").*");
        } catch (PatternSyntaxException e) {
            return new Out(2, new byte[0], ("grep: invalid pattern " + args.get(i) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        List<byte[]> inputs = new ArrayList<>();
        StringBuilder err = new StringBuilder();
        boolean missing = false;
        if (i + 1 >= args.size()) {
            inputs.add(stdin);
        }
        for (String f : args.subList(Math.min(i + 1, args.size()), args.size())) {
            byte[] content = files.apply(f);
            if (content == null) {
                missing = true;
                if (!silent) {
                    err.append("grep: ").append(f).append(": No such file or directory\n");
                }
            } else {
                inputs.add(content);
            }
        }
        StringBuilder out = new StringBuilder();
        boolean matched = false;
        for (byte[] in : inputs) {
            for (String line : new String(in, StandardCharsets.UTF_8).split("\n", -1)) {
                if (p.matcher(line).matches()) {
                    matched = true;
                    out.append(line).append('\n');
                }
            }
        }
        int status = matched ? 0 : missing ? 2 : 1;
        return new Out(status, quiet ? new byte[0] : out.toString().getBytes(StandardCharsets.UTF_8),
                err.toString().getBytes(StandardCharsets.UTF_8));
    }
}
