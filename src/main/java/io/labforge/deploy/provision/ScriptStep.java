package io.labforge.deploy.provision;

import java.util.List;

/**
 * One step of a guest's provision script: a title printed as {@code == title} and shell lines.
 * Lines are generated code; every value from the lab in them is quoted with {@code ShellQuote}.
 */
public record ScriptStep(String title, List<String> lines) {

    public ScriptStep {
        lines = List.copyOf(lines);
    }

    public static ScriptStep of(String title, String... lines) {
        return new ScriptStep(title, List.of(lines));
    }
}
