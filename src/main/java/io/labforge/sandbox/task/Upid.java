package io.labforge.sandbox.task;

import java.util.Locale;

/**
 * A task ID as pve-common's UPID.pm writes it: {@code UPID:node:pid:pstart:starttime:type:id:user:}
 * (pid 8 hex digits, pstart 8 hex digits, starttime 8 hex digits of epoch seconds).
 */
public record Upid(String node, int pid, long pstart, long starttime, String type, String id, String user) {

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "UPID:%s:%08X:%08X:%08X:%s:%s:%s:", node, pid, pstart, starttime, type, id, user);
    }

    /** Parses a UPID, or returns null when the text is not one. */
    public static Upid parse(String text) {
        String[] p = text.split(":", -1);
        if (p.length != 9 || !p[0].equals("UPID") || !p[8].isEmpty()) {
            return null;
        }
        try {
            return new Upid(p[1], Integer.parseUnsignedInt(p[2], 16), Long.parseLong(p[3], 16), Long.parseLong(p[4], 16),
                    p[5], p[6], p[7]);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
