package io.labforge.sandbox;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Prints sandbox start times and loopback throughput of a simple authenticated GET (not a test: run it by hand).
 * <pre>java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.labforge.sandbox.SandboxBenchmark [threads] [seconds]</pre>
 */
public final class SandboxBenchmark {

    private SandboxBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        for (int i = 1; i <= 3; i++) {
            long t0 = System.nanoTime();
            Sandbox s = Sandbox.start(SandboxConfig.defaults());
            long t1 = System.nanoTime();
            try (TestApi api = new TestApi(s)) {
                api.get("/version");
            }
            long t2 = System.nanoTime();
            s.close();
            System.out.printf("start #%d: Sandbox.start %d ms, first answered GET /version after %d ms%n",
                    i, (t1 - t0) / 1_000_000, (t2 - t0) / 1_000_000);
        }
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults())) {
            AtomicLong done = new AtomicLong();
            AtomicLong failed = new AtomicLong();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            long warmupEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
            for (int t = 0; t < threads; t++) {
                pool.execute(() -> {
                    try (TestApi api = new TestApi(sandbox)) {
                        while (System.nanoTime() < deadline) {
                            int status = api.get("/nodes/pve1/qemu/9000/status/current").status();
                            if (System.nanoTime() > warmupEnd) {
                                (status == 200 ? done : failed).incrementAndGet();
                            }
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(seconds + 30L, TimeUnit.SECONDS);
            double measured = seconds - 2;
            System.out.printf("GET /nodes/pve1/qemu/9000/status/current, %d threads, keep-alive, %.0f s after 2 s warm-up: "
                    + "%.0f requests/s (%d ok, %d failed)%n", threads, measured, done.get() / measured, done.get(), failed.get());
            System.out.printf("load average during run: %s%n", java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim());
        }
    }
}
