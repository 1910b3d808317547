package io.labforge.io.diagram;

import io.labforge.io.LabFileException;
import io.labforge.io.LabFiles;
import io.labforge.model.Lab;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Prints how long the PNG export of the homelab takes at 2x (target: under 1 s), split into layout,
 * drawing and PNG encoding: the first run (cold JVM, as a CLI export is) and the median of warm runs.
 * Run: {@code mvn -o -q test-compile && java -cp target/test-classes:target/classes:$(cat target/cp-test.txt)
 * io.labforge.io.diagram.DiagramBench [scale] [lab.yaml] [out.png]}; the lab defaults to assets/samples/homelab.yaml (see docs/export.md).
 */
public final class DiagramBench {

    private DiagramBench() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        double scale = args.length > 0 ? Double.parseDouble(args[0]) : 2;
        Lab lab = read(args.length > 1 ? args[1] : "assets/samples/homelab.yaml");
        PngRenderer renderer = new PngRenderer();
        String yaml = LabFiles.toYaml(lab);
        long[] total = new long[11];
        long[] cpu = new long[total.length];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < total.length; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            DiagramModel m = DiagramLayout.of(lab);
            long t1 = System.nanoTime();
            BufferedImage img = renderer.render(m, scale, false);
            long t2 = System.nanoTime();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PngEmbedding.write(img, yaml, out);
            long t3 = System.nanoTime();
            total[i] = t3 - t0;
            cpu[i] = threads.getCurrentThreadCpuTime() - c0;
            if (i == 0 || i == total.length - 1) {
                System.out.printf("%s run: %dx%d px, %d KiB, layout %.1f ms, draw %.1f ms, encode %.1f ms, total %.1f ms%n",
                        i == 0 ? "first" : "last", img.getWidth(), img.getHeight(), out.size() / 1024,
                        ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t3 - t0));
            }
        }
        if (args.length > 2) {
            try (var out = java.nio.file.Files.newOutputStream(Path.of(args[2]))) {
                PngEmbedding.write(renderer.render(DiagramLayout.of(lab), scale, false), yaml, out);
            }
            System.out.println("wrote " + args[2]);
        }
        System.out.printf("PNG %sx of '%s': first %.0f ms (CPU %.0f ms), warm median %.0f ms (CPU %.0f ms); target < 1000 ms%n",
                scale, lab.name(), ms(total[0]), ms(cpu[0]), ms(warmMedian(total)), ms(warmMedian(cpu)));
        System.out.println("(wall time depends on what else runs; CPU time is this thread's own work)");
    }

    private static Lab read(String file) throws IOException {
        try {
            return LabFiles.read(Path.of(file));
        } catch (LabFileException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static long warmMedian(long[] runs) {
        long[] warm = java.util.Arrays.copyOfRange(runs, 1, runs.length);
        java.util.Arrays.sort(warm);
        return warm[warm.length / 2];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
