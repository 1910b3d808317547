package io.labforge.deploy.provision;

import io.labforge.shell.ShellQuote;

import java.util.List;

/**
 * Rendered files that need a secret carry a placeholder ({@code LABFORGE_SECRET_<name>}) in its
 * place; on the guest, provisioning copies the file to a root-only path with each placeholder
 * replaced by the content of {@code /etc/labforge/secrets/<name>}. The value never reaches a
 * rendered file, a command line (awk reads it from the file) or the output. A value with
 * characters that could break out of the file's quoting (anything but letters, digits and
 * {@code _.:-}) stops provisioning.
 */
final class SecretTemplate {

    static final String PREFIX = "LABFORGE_SECRET_";
    static final String DIR = "/etc/labforge/secrets";

    private static final String AWK = "awk -v dir=" + DIR + " '{"
            + " line = $0; out = \"\";"
            + " while (match(line, /" + PREFIX + "[a-z0-9-]+/)) {"
            + " name = substr(line, RSTART + " + PREFIX.length() + ", RLENGTH - " + PREFIX.length() + "); f = dir \"/\" name; v = \"\";"
            + " if ((getline v < f) <= 0) { print \"missing secret \" name > \"/dev/stderr\"; exit 3 }"
            + " close(f);"
            + " if (v !~ /^[A-Za-z0-9_.:-]+$/) { print \"secret \" name \" holds unexpected characters\" > \"/dev/stderr\"; exit 3 }"
            + " out = out substr(line, 1, RSTART - 1) v; line = substr(line, RSTART + RLENGTH) }"
            + " print out line }'";

    private SecretTemplate() {
    }

    /** The placeholder for secret {@code name} ({@code [a-z0-9-]+}, as in the secret store). */
    static String placeholder(String name) {
        if (!name.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("secret names are [a-z0-9-]: " + name);
        }
        return PREFIX + name;
    }

    static String path(String name) {
        placeholder(name);
        return DIR + "/" + name;
    }

    /** Shell lines that write {@code "$STAGE"/<stagedName>} with its secrets filled in to {@code target}, mode 0600. */
    static List<String> fill(String stagedName, String target) {
        return List.of(
                "install -d -m 0700 " + ShellQuote.quote(target.substring(0, target.lastIndexOf('/'))),
                "( umask 077; " + AWK + " \"$STAGE\"/" + ShellQuote.quote(stagedName) + " > " + ShellQuote.quote(target) + " )");
    }
}
