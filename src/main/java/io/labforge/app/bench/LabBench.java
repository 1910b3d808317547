package io.labforge.app.bench;

import io.labforge.io.LabFileException;
import io.labforge.io.LabFiles;
import io.labforge.model.Lab;
import io.labforge.model.Nic;
import io.labforge.model.Node;
import io.labforge.validate.IncrementalValidator;
import io.labforge.validate.ValidationReport;
import io.labforge.validate.Validator;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Measures validation and lab-file speed on synthetic labs (DESIGN.md §10). Each case is warmed
 * up first so the JIT has compiled it, then timed {@code repeat} times.
 */
public final class LabBench {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** Anything the JIT could otherwise drop as unused. */
    private long sink;
    private final int warmup;
    private final int repeat;

    public LabBench(int warmup, int repeat) {
        this.warmup = warmup;
        this.repeat = repeat;
    }

    public Timing fullValidation(Lab lab, double targetMs) {
        Validator validator = Validator.standard();
        return time("validate " + lab.nodes().size() + " nodes (full)", targetMs, i -> sink += validator.validate(lab).problems().size());
    }

    /**
     * Re-validation after one edit: each run changes the address of one node's NIC (a different
     * node each time, alternating between two free addresses) and updates the incremental validator.
     */
    public Timing incrementalValidation(Lab lab, double targetMs) {
        IncrementalValidator inc = new IncrementalValidator(Validator.standard());
        inc.update(lab);
        List<String> ids = lab.nodes().stream().filter(n -> n.kind().equals("workstation")).map(Node::id).toList();
        Lab[] current = {lab};
        return time("re-validate " + lab.nodes().size() + " nodes after one edit", targetMs, i -> {
            String id = ids.get(i % ids.size());
            current[0] = current[0].updateNode(id, n -> n.withNics(List.of(moved(n.nics().get(0)))));
            ValidationReport r = inc.update(current[0]);
            sink += r.problems().size();
        });
    }

    private static Nic moved(Nic nic) {
        String ip = nic.ip();
        int dot = ip.lastIndexOf('.');
        int host = Integer.parseInt(ip.substring(dot + 1));
        return nic.withIp(ip.substring(0, dot + 1) + (host < 100 ? host + 200 : host - 200));
    }

    public Timing save(Lab lab, Path file, double targetMs) {
        return time("save YAML " + lab.nodes().size() + " nodes", targetMs, i -> {
            try {
                LabFiles.write(lab, file);
            } catch (IOException e) {
                throw new IllegalStateException("cannot write " + file + ": " + e.getMessage(), e);
            }
        });
    }

    public Timing load(Path file, int nodes, double targetMs) {
        return time("load YAML " + nodes + " nodes", targetMs, i -> {
            try {
                sink += LabFiles.read(file).nodes().size();
            } catch (LabFileException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
    }

    public static long fileSize(Path file) throws IOException {
        return Files.size(file);
    }

    private Timing time(String name, double targetMs, IntConsumer run) {
        for (int i = 0; i < warmup; i++) {
            run.accept(i);
        }
        long[] samples = new long[repeat];
        long[] cpu = new long[repeat];
        for (int i = 0; i < repeat; i++) {
            long c0 = CPU.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            run.accept(warmup + i);
            samples[i] = System.nanoTime() - t0;
            cpu[i] = CPU.getCurrentThreadCpuTime() - c0;
        }
        return new Timing(name, samples, cpu, targetMs);
    }

    /** Heap in use after a full collection, in MiB. */
    public static double heapUsedMiB() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return (rt.totalMemory() - rt.freeMemory()) / (1024.0 * 1024.0);
    }

    public long sink() {
        return sink;
    }

}
