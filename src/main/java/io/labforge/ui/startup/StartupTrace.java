package io.labforge.ui.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Start-up milestones, printed to standard output with {@code -Dlabforge.startupTrace=true}: milliseconds
 * since the process started (so the figures include JVM boot) and the CPU time the process has used,
 * which depends far less than wall time on what else the machine is running.
 */
public final class StartupTrace {

    private static final boolean ON = Boolean.getBoolean("labforge.startupTrace");
    /** Clock ticks per second of /proc's figures: USER_HZ, 100 on every Linux ABI. */
    private static final double PROC_TICKS_PER_SECOND = 100.0;

    private StartupTrace() {
    }

    public static boolean enabled() {
        return ON;
    }

    /** Milliseconds from the start of this process to now. */
    public static long sinceProcessStart() {
        return ageFromProc(Path.of("/proc/uptime"), Path.of("/proc/self/stat")).orElseGet(() -> Duration.between(
                ProcessHandle.current().info().startInstant().orElse(Instant.now()), Instant.now()).toMillis());
    }

    /**
     * The process age from the kernel's own clock: seconds since boot minus the process's start in ticks
     * since boot, both to 10 ms. {@code ProcessHandle}'s start instant adds a boot time that Linux keeps in
     * whole seconds, and is off by up to a second.
     */
    static OptionalLong ageFromProc(Path uptime, Path stat) {
        try {
            double up = Double.parseDouble(Files.readString(uptime).trim().split("\\s+")[0]);
            String s = Files.readString(stat);
            // the command name (field 2) is in parentheses and may hold spaces: count fields after it
            String[] after = s.substring(s.lastIndexOf(')') + 2).trim().split("\\s+");
            long startTicks = Long.parseLong(after[19]); // field 22, starttime
            return OptionalLong.of(Math.round((up - startTicks / PROC_TICKS_PER_SECOND) * 1000));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    public static void mark(String milestone) {
        if (ON) {
            long cpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
            System.out.printf("labforge: %-24s %5d ms after process start, CPU %5d ms (%s)%n", milestone,
                    sinceProcessStart(), cpu, Thread.currentThread().getName());
        }
    }
}
