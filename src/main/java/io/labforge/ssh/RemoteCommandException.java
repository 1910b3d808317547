package io.labforge.ssh;

import java.util.List;

/** A remote command ended with a non-zero exit code; carries the last lines it printed. */
public final class RemoteCommandException extends SshException {

    private final int exitCode;
    private final List<String> lastLines;

    RemoteCommandException(String what, String where, int exitCode, List<String> lastLines) {
        super(what + " failed on " + where + " with exit code " + exitCode
                + (lastLines.isEmpty() ? "" : "; last output:\n  " + String.join("\n  ", lastLines)));
        this.exitCode = exitCode;
        this.lastLines = List.copyOf(lastLines);
    }

    public int exitCode() {
        return exitCode;
    }

    public List<String> lastLines() {
        return lastLines;
    }
}
