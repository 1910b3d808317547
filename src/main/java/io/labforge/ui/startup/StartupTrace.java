package io.labforge.ui.startup;

import java.time.Duration;
import java.time.Instant;

/**
 * Start-up milestones, printed to standard output with {@code -Dlabforge.startupTrace=true}: milliseconds
 * since the JVM process started (so the figures include JVM boot) and the CPU time the process has used,
 * which depends far less than wall time on what else the machine is running.
 */
public final class StartupTrace {

    private static final boolean ON = Boolean.getBoolean("labforge.startupTrace");
    private static final Instant JVM_START = ON
            ? ProcessHandle.current().info().startInstant().orElse(Instant.now()) : Instant.EPOCH;

    private StartupTrace() {
    }

    public static boolean enabled() {
        return ON;
    }

    /** Milliseconds from JVM start to now. */
    public static long sinceJvmStart() {
        Instant start = ON ? JVM_START : ProcessHandle.current().info().startInstant().orElse(Instant.now());
        return Duration.between(start, Instant.now()).toMillis();
    }

    public static void mark(String milestone) {
        if (ON) {
            long cpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
            System.out.printf("labforge: %-24s %5d ms after JVM start, CPU %5d ms (%s)%n", milestone,
                    sinceJvmStart(), cpu, Thread.currentThread().getName());
        }
    }
}
