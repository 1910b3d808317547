package io.labforge.sandbox.task;

import java.util.Map;

/**
 * How long operations take on a small lab host (LVM-thin on an SSD), in simulated seconds before scaling.
 * Figures follow the field reports in PITFALLS.md: full clones copy the whole disk, linked clones only
 * snapshot; the guest agent answers well after the start task ends, later still on a first boot that
 * runs a package upgrade (cloud-init {@code ciupgrade}, default on).
 */
public final class LatencyModel {

    private static final Map<String, Double> TASK_SECONDS = Map.ofEntries(
            Map.entry("qmcreate", 4.0), Map.entry("qmclone-linked", 5.0), Map.entry("qmclone-full", 60.0),
            Map.entry("qmconfig", 1.0), Map.entry("qmstart", 3.0), Map.entry("qmstop", 2.0),
            Map.entry("qmshutdown", 10.0), Map.entry("qmreboot", 15.0), Map.entry("qmdestroy", 5.0),
            Map.entry("qmtemplate", 3.0), Map.entry("resize", 2.0),
            Map.entry("vzcreate", 20.0), Map.entry("vzclone-linked", 5.0), Map.entry("vzclone-full", 40.0),
            Map.entry("vzstart", 3.0), Map.entry("vzstop", 2.0), Map.entry("vzshutdown", 6.0),
            Map.entry("vzreboot", 8.0), Map.entry("vzdestroy", 4.0),
            Map.entry("srvreload", 5.0), Map.entry("reloadnetworkall", 4.0), Map.entry("sdnnodereload", 3.0));

    /** Seconds after a start until qemu-guest-agent answers (boot + cloud-init network). */
    public static final double AGENT_READY = 25.0;
    /** Extra seconds on a first boot with {@code ciupgrade} on (the default): a full package upgrade. */
    public static final double FIRST_BOOT_UPGRADE = 90.0;
    /** Part of a linked clone spent under the storage lock (allocating the thin snapshot volume). */
    public static final double LINKED_CLONE_ALLOCATION = 1.0;
    /** Synchronous disk allocation inside a PUT config (risky: counts against the 30 s proxy limit). */
    public static final double SYNC_DISK_ALLOCATION = 8.0;
    /** pveproxy's fixed timeout for forwarded requests. */
    public static final double PROXY_TIMEOUT = 30.0;
    /** Lock timeouts of pve-guest-common/pve-storage. */
    public static final double CLONE_CONFIG_LOCK_TIMEOUT = 1.0;
    public static final double CONFIG_LOCK_TIMEOUT = 10.0;
    public static final double STORAGE_LOCK_TIMEOUT = 10.0;
    /** pveproxy's delay before answering a failed authentication. */
    public static final double AUTH_FAILURE_DELAY = 3.0;

    private LatencyModel() {
    }

    public static double seconds(String task) {
        return TASK_SECONDS.getOrDefault(task, 2.0);
    }

    /** The whole table, for documentation and the CLI banner. */
    public static Map<String, Double> table() {
        return new java.util.TreeMap<>(TASK_SECONDS);
    }
}
