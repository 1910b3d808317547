package io.labforge.proxmox.nodes.tasks;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A task ID, {@code UPID:<node>:<pid>:<pstart>:<starttime>:<type>:<id>:<user>:}. {@link #node()} is where
 * the task runs, and so where its status and log are read.
 */
public record Upid(String value, String node, long pid, long pstart, Instant started, String type, String id, String user) {

    private static final Pattern FORMAT = Pattern.compile(
            "UPID:([^:]+):([0-9A-Fa-f]{8}):([0-9A-Fa-f]{8,9}):([0-9A-Fa-f]{8}):([^:]+):([^:]*):([^:]+):");

    /** @throws IllegalArgumentException if the text is not a UPID */
    public static Upid parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a task ID (UPID:node:pid:pstart:starttime:type:id:user:)");
        }
        return new Upid(m.group(0), m.group(1), Long.parseLong(m.group(2), 16), Long.parseLong(m.group(3), 16),
                Instant.ofEpochSecond(Long.parseLong(m.group(4), 16)), m.group(5), m.group(6), m.group(7));
    }

    public static boolean looksLikeUpid(String text) {
        return text != null && FORMAT.matcher(text.strip()).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
