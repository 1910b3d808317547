package io.labforge.cli;

import io.labforge.sandbox.Sandbox;
import io.labforge.sandbox.SandboxConfig;
import io.labforge.sandbox.auth.Privileges;
import io.labforge.sandbox.fault.Faults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** {@code labforge sandbox}: serves a simulated Proxmox VE 9 on loopback until stopped. */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = {"Serve a simulated Proxmox VE 9 cluster over HTTPS on 127.0.0.1 until Ctrl-C.",
                "Point the app or 'labforge probe' at the printed URL, token and fingerprint."})
public final class SandboxCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", description = "TCP port (default ${DEFAULT-VALUE}; 0 picks a free one).", defaultValue = "8006")
    int port;

    @Option(names = "--nodes", split = ",", description = "Node names (default ${DEFAULT-VALUE}).", defaultValue = "pve")
    List<String> nodes;

    @Option(names = "--time-scale", description = "Real seconds per simulated second, e.g. 0.1 runs a 60 s clone in 6 s "
            + "(default ${DEFAULT-VALUE}).", defaultValue = "1.0")
    double timeScale;

    @Option(names = "--seed", description = "Seed for faults, MACs and task IDs (default ${DEFAULT-VALUE}).", defaultValue = "42")
    long seed;

    @Option(names = "--faults", paramLabel = "SPEC", description = "Fault rates, e.g. transient=0.05,failed-tasks=0.1,drop=0.02,"
            + "slow=0.1,slow-seconds=20 (default: none).")
    String faults;

    @Option(names = "--storage-slots", description = "Disk copies that may overlap per storage before the storage lock "
            + "times out others (default ${DEFAULT-VALUE}).", defaultValue = "2")
    int storageSlots;

    @Option(names = "--privileges", split = ",", paramLabel = "PRIV", description = "Privileges of the sandbox token on / "
            + "(default: all, like Administrator), e.g. VM.Audit,Sys.Audit.")
    List<String> privileges;

    @Option(names = "--stop-after", paramLabel = "SECONDS", description = "Stop after this many real seconds (default: run until Ctrl-C).")
    Long stopAfter;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SandboxConfig config;
        try {
            config = SandboxConfig.defaults().withPort(port).withNodes(nodes).withTimeScale(timeScale).withSeed(seed)
                    .withFaults(faults == null ? Faults.NONE : Faults.parse(faults)).withStorageSlots(storageSlots);
            if (privileges != null) {
                config = config.withPrivileges(Set.copyOf(privileges));
            }
        } catch (IllegalArgumentException e) {
            err.println("labforge sandbox: " + e.getMessage());
            if (e.getMessage() != null && e.getMessage().startsWith("invalid privilege")) {
                err.println("Valid privileges: " + String.join(", ", new TreeSet<>(Privileges.ALL)));
            }
            return LabforgeCli.BAD_INPUT;
        }
        Sandbox sandbox;
        try {
            sandbox = Sandbox.start(config);
        } catch (UncheckedIOException e) {
            err.println("labforge sandbox: " + e.getMessage());
            return LabforgeCli.BAD_INPUT;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }, "sandbox-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        printBanner(out, sandbox, config);
        boolean byItself = stopAfter != null ? !stopped.await(stopAfter, TimeUnit.SECONDS) : waitForever(stopped);
        if (byItself) {
            Runtime.getRuntime().removeShutdownHook(hook);
            sandbox.close();
            out.println("sandbox stopped");
        }
        return LabforgeCli.OK;
    }

    private static boolean waitForever(CountDownLatch stopped) throws InterruptedException {
        stopped.await();
        return false;
    }

    private static void printBanner(PrintWriter out, Sandbox sandbox, SandboxConfig config) {
        out.println("Proxmox VE sandbox (simulated 9.1) serving " + config.nodes().size() + " node(s): "
                + String.join(", ", config.nodes()));
        out.println("  URL          " + sandbox.url());
        out.println("  API base     " + sandbox.url() + "/api2/json");
        out.println("  Fingerprint  " + sandbox.fingerprint());
        out.println("  Token ID     " + sandbox.tokenId());
        out.println("  Secret       " + sandbox.tokenSecret());
        out.println("  User         " + sandbox.username() + "  password " + sandbox.password());
        out.println("  Time scale   " + config.timeScale() + "   seed " + config.seed()
                + (config.faults().equals(Faults.NONE) ? "" : "   faults " + describe(config.faults())));
        out.println("Try: export LABFORGE_TOKEN_SECRET=" + sandbox.tokenSecret());
        out.println("     labforge probe --url " + sandbox.url() + " --token-id '" + sandbox.tokenId()
                + "' --fingerprint " + sandbox.fingerprint());
        out.println("Press Ctrl-C to stop.");
        out.flush();
    }

    private static String describe(Faults f) {
        return Arrays.asList("transient=" + f.transientErrors(), "failed-tasks=" + f.failedTasks(),
                "drop=" + f.droppedResponses(), "slow=" + f.slowRequests(), "slow-seconds=" + f.slowSeconds()).toString();
    }
}
