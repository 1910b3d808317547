package io.labforge.sandbox.state;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small helpers for disk property strings ({@code local-lvm:vm-105-disk-0,size=32G,iothread=1}). */
public final class DiskSpec {

    private static final Pattern DISK_KEY = Pattern.compile("(?:scsi|virtio|sata|ide|efidisk|tpmstate|mp|unused)\\d+|rootfs");
    private static final Pattern SIZE = Pattern.compile("(?:^|,)size=(\\d+(?:\\.\\d+)?)([KMGT]?)(?:,|$)");
    private static final Pattern NEW_VOLUME = Pattern.compile("([a-zA-Z][\\w.\\-]*):(\\d+(?:\\.\\d+)?)");

    private DiskSpec() {
    }

    public static boolean isDiskKey(String key) {
        return DISK_KEY.matcher(key).matches();
    }

    /** The volume part (the {@code file}/{@code volume} default key). */
    public static String file(String spec) {
        int comma = spec.indexOf(',');
        String first = comma < 0 ? spec : spec.substring(0, comma);
        int eq = first.indexOf('=');
        return eq < 0 ? first : first.substring(eq + 1);
    }

    public static String options(String spec) {
        int comma = spec.indexOf(',');
        return comma < 0 ? "" : spec.substring(comma);
    }

    /** For {@code STORAGE:SIZE_GIB} requests, the matcher with storage and size; otherwise null. */
    public static Matcher newVolume(String spec) {
        Matcher m = NEW_VOLUME.matcher(file(spec));
        return m.matches() ? m : null;
    }

    public static long sizeBytes(String spec) {
        Matcher m = SIZE.matcher(spec);
        if (!m.find()) {
            return 0;
        }
        double n = Double.parseDouble(m.group(1));
        int shift = switch (m.group(2).toUpperCase(Locale.ROOT)) {
            case "K" -> 10;
            case "M" -> 20;
            case "G" -> 30;
            case "T" -> 40;
            default -> 0;
        };
        return (long) (n * (1L << shift));
    }

    /** Replaces or adds {@code size=} with a GiB value. */
    public static String withSize(String spec, long bytes) {
        String size = bytes % (1L << 30) == 0 ? (bytes >> 30) + "G" : (bytes >> 20) + "M";
        String without = spec.replaceAll("(^|,)size=[^,]*", "");
        return without + ",size=" + size;
    }
}
