package io.labforge.sandbox.host;

import java.util.List;

/** {@code printf FORMAT ARG...} for the {@code %s} and {@code %%} conversions and backslash escapes. */
final class Printf {

    private Printf() {
    }

    static String format(List<String> args) {
        if (args.isEmpty()) {
            throw new UnsupportedShellException("printf: a format is missing");
        }
        String format = args.get(0);
        List<String> values = args.subList(1, args.size());
        StringBuilder out = new StringBuilder();
        int used = 0;
        do {
            int before = used;
            for (int i = 0; i < format.length(); i++) {
                char c = format.charAt(i);
                if (c == '%' && i + 1 < format.length()) {
                    char conv = format.charAt(++i);
                    if (conv == 's') {
                        out.append(used < values.size() ? values.get(used) : "");
                        used++;
                    } else if (conv == '%') {
                        out.append('%');
                    } else {
                        throw new UnsupportedShellException("the sandbox's node shell's printf knows %s and %% only, not %" + conv);
                    }
                } else if (c == '\\' && i + 1 < format.length()) {
                    char e = format.charAt(++i);
                    out.append(switch (e) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        case '\\' -> '\\';
                        default -> throw new UnsupportedShellException("printf: escape \\" + e + " is not simulated");
                    });
                } else {
                    out.append(c);
                }
            }
            if (used == before) {
                break;
            }
        } while (used < values.size());
        return out.toString();
    }
}
