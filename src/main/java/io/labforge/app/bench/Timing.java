package io.labforge.app.bench;

import java.util.Arrays;

/**
 * One benchmark case: the samples of its timed runs, in nanoseconds.
 *
 * @param name       what was measured
 * @param samples    wall-clock duration of each run
 * @param cpuSamples CPU time of the measuring thread in each run: on a machine shared with other
 *                   work this is what the code itself costs, without waiting for a core
 * @param targetMs   the DESIGN.md quality bar, {@code 0} when there is none
 */
public record Timing(String name, long[] samples, long[] cpuSamples, double targetMs) {

    public double medianMs() {
        return percentile(samples, 50);
    }

    public double p95Ms() {
        return percentile(samples, 95);
    }

    public double cpuMedianMs() {
        return percentile(cpuSamples, 50);
    }

    public double cpuP95Ms() {
        return percentile(cpuSamples, 95);
    }

    /** Nearest-rank percentile, in milliseconds. */
    public static double percentile(long[] samples, int p) {
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    public boolean meetsTarget() {
        return targetMs <= 0 || p95Ms() < targetMs;
    }
}
