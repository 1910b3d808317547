package io.labforge.cli;

import io.labforge.app.bench.LabBench;
import io.labforge.app.bench.SyntheticLab;
import io.labforge.app.bench.Timing;
import io.labforge.model.Lab;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code labforge bench}: validation and lab-file timings on generated 500- and 5,000-node labs. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure validation and lab-file speed on generated labs (prints median and p95).")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--sizes", split = ",", paramLabel = "N", description = "Lab sizes in nodes (default: 500,5000).")
    List<Integer> sizes = List.of(500, 5000);

    @Option(names = "--warmup", paramLabel = "N", description = "Untimed runs per case first (default: ${DEFAULT-VALUE}).")
    int warmup = 30;

    @Option(names = "--repeat", paramLabel = "N", description = "Timed runs per case (default: ${DEFAULT-VALUE}).")
    int repeat = 40;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (warmup < 0 || repeat < 1 || sizes.stream().anyMatch(s -> s < 1 || s > 100_000)) {
            spec.commandLine().getErr().println("labforge bench: --repeat must be at least 1, --warmup at least 0, sizes 1-100000");
            return LabforgeCli.BAD_INPUT;
        }
        out.printf(Locale.ROOT, "labforge bench: Java %s, %d CPUs, max heap %d MiB, %d warm-up + %d timed runs per case%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, warmup, repeat);
        out.printf(Locale.ROOT, "load average %s; wall-clock and thread CPU time, in ms%n", loadAverage());
        out.printf(Locale.ROOT, "%-40s %9s %9s %9s %9s  %s%n", "case", "median", "p95", "cpu med", "cpu p95", "target (p95)");
        LabBench bench = new LabBench(warmup, repeat);
        double baseHeap = LabBench.heapUsedMiB();
        Path dir = Files.createTempDirectory("labforge-bench");
        try {
            for (int size : sizes) {
                Lab lab = SyntheticLab.generate(size);
                print(out, bench.fullValidation(lab, size >= 5000 ? 150 : 0));
                print(out, bench.incrementalValidation(lab, size <= 500 ? 10 : 0));
                Path file = dir.resolve("bench-" + size + ".yaml");
                Timing save = bench.save(lab, file, 0);
                Timing load = bench.load(file, lab.nodes().size(), 0);
                print(out, load);
                print(out, save);
                if (size >= 5000) {
                    out.printf(Locale.ROOT, "%-40s %9.2f %9.2f %9.2f %9.2f  %s%n", "load + save YAML " + lab.nodes().size() + " nodes",
                            load.medianMs() + save.medianMs(), load.p95Ms() + save.p95Ms(),
                            load.cpuMedianMs() + save.cpuMedianMs(), load.cpuP95Ms() + save.cpuP95Ms(), "< 500");
                }
                double heap = LabBench.heapUsedMiB();
                out.printf(Locale.ROOT, "  %d nodes, %d networks, YAML %.1f MB; heap used with it loaded %.1f MiB (%.1f MiB before)%n",
                        lab.nodes().size(), lab.networks().size(), LabBench.fileSize(file) / 1e6, heap, baseHeap);
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
        return LabforgeCli.OK;
    }

    private static void print(PrintWriter out, Timing t) {
        String target = "";
        if (t.targetMs() > 0) {
            String verdict = t.meetsTarget() ? "met" : t.cpuP95Ms() < t.targetMs() ? "met on CPU time only" : "missed";
            target = String.format(Locale.ROOT, "< %.0f: %s", t.targetMs(), verdict);
        }
        out.printf(Locale.ROOT, "%-40s %9.2f %9.2f %9.2f %9.2f  %s%n", t.name(), t.medianMs(), t.p95Ms(),
                t.cpuMedianMs(), t.cpuP95Ms(), target);
        out.flush();
    }

    private static String loadAverage() {
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.1f", load);
    }
}
