package io.labforge.proxmox.schema;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps real parameter names ({@code net3}) to the schema's indexed names ({@code net[n]}) and their ranges.
 * The range comes from the description ("n is 0 to 30") or, where the description is silent, from the
 * MAX_* constants of qemu-server/pve-container/pve-manager.
 */
final class IndexedNames {

    private static final Pattern NAME = Pattern.compile("([a-z][a-z_-]*?)(\\d+)");
    private static final Pattern RANGE = Pattern.compile("n is 0 to (\\d+)");
    private static final Map<String, Integer> MAX_INDEX = Map.ofEntries(
            Map.entry("net", 31), Map.entry("ipconfig", 31), Map.entry("mp", 255), Map.entry("unused", 255),
            Map.entry("hostpci", 15), Map.entry("numa", 7), Map.entry("dev", 255), Map.entry("link", 7),
            Map.entry("acmedomain", 4), Map.entry("virtiofs", 9), Map.entry("usb", 4), Map.entry("serial", 3),
            Map.entry("parallel", 2), Map.entry("scsi", 30), Map.entry("virtio", 15), Map.entry("ide", 3),
            Map.entry("sata", 5));

    private IndexedNames() {
    }

    /** The schema name for {@code name} (e.g. {@code net[n]}), or null when it is not an indexed name. */
    static String schemaName(String name) {
        Matcher m = NAME.matcher(name);
        return m.matches() && (m.group(2).length() == 1 || !m.group(2).startsWith("0")) ? m.group(1) + "[n]" : null;
    }

    /** Whether {@code name}'s index lies within the documented range of {@code schemaName}. */
    static boolean inRange(String name, String schemaName, String description) {
        String prefix = schemaName.substring(0, schemaName.length() - 3);
        long index = Long.parseLong(name.substring(prefix.length()));
        Matcher m = RANGE.matcher(description);
        int max = m.find() ? Integer.parseInt(m.group(1)) : MAX_INDEX.getOrDefault(prefix, Integer.MAX_VALUE);
        return index <= max;
    }
}
