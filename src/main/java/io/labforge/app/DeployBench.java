package io.labforge.app;

import io.labforge.deploy.ProvisioningHook;
import io.labforge.deploy.adapter.AdapterSettings;
import io.labforge.deploy.adapter.ProxmoxCluster;
import io.labforge.deploy.engine.CancelToken;
import io.labforge.deploy.engine.Caps;
import io.labforge.deploy.engine.DeployEngine;
import io.labforge.deploy.engine.EngineSettings;
import io.labforge.deploy.engine.FailurePolicy;
import io.labforge.deploy.engine.RetryPolicy;
import io.labforge.deploy.engine.RunResult;
import io.labforge.deploy.engine.Sleeper;
import io.labforge.deploy.engine.Step;
import io.labforge.deploy.engine.StepGraph;
import io.labforge.deploy.engine.StepGraphBuilder;
import io.labforge.deploy.engine.StepKind;
import io.labforge.deploy.event.DeployEvent;
import io.labforge.deploy.journal.Journal;
import io.labforge.deploy.plan.DeployOptions;
import io.labforge.deploy.plan.LabIntent;
import io.labforge.deploy.plan.Plan;
import io.labforge.io.LabFiles;
import io.labforge.kind.NodeKinds;
import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.NetworkKind;
import io.labforge.model.Nic;
import io.labforge.model.Node;
import io.labforge.model.Target;
import io.labforge.proxmox.Credentials;
import io.labforge.proxmox.ProxmoxClient;
import io.labforge.proxmox.Secret;
import io.labforge.proxmox.nodes.tasks.TaskWaiter;
import io.labforge.proxmox.tls.TlsTrust;
import io.labforge.sandbox.Sandbox;
import io.labforge.sandbox.SandboxConfig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Deploy benchmark on the sandbox and its latency model, at a scaled clock, figures converted back to
 * simulated (real-host) seconds: makespan against the lower bound (critical path of the step graph
 * with the measured step durations, or the storage cap's serialised creates plus the shortest chain
 * that must follow the last of them, whichever is longer), API
 * requests per VM, lock failures that reached the user. Run:
 * {@code java -cp target/labforge.jar:target/lib/* io.labforge.app.DeployBench [LAB.yaml] [SCALE]}.
 */
public final class DeployBench {

    private DeployBench() {
    }

    public static void main(String[] args) throws Exception {
        Path homelab = Path.of(args.length > 0 ? args[0] : "assets/samples/homelab.yaml");
        double scale = args.length > 1 ? Double.parseDouble(args[1]) : 0.01;
        System.out.printf(Locale.ROOT, "Deploy bench on the sandbox, clock scale %.3f (figures in simulated seconds)%n", scale);
        System.out.println("lab             VMs  makespan  lower-bound  ratio  critical-path  storage-bound  requests/VM  lock-failures-to-user");
        run("homelab", LabFiles.read(homelab), scale);
        run("50 VMs", many(50), scale);
    }

    private static void run(String label, Lab lab, double scale) throws Exception {
        AtomicInteger requests = new AtomicInteger();
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withNodes(List.of("pve")).withTimeScale(scale));
             ProxmoxClient client = ProxmoxClient.builder(sandbox.url().toString(),
                             new Credentials.ApiToken(sandbox.tokenId(), Secret.of(sandbox.tokenSecret())))
                     .trust(TlsTrust.pinned(sandbox.fingerprint()))
                     .listener(r -> requests.incrementAndGet())
                     .taskSettings(new TaskWaiter.Settings(scaled(1, scale), scaled(5, scale), Duration.ofMinutes(10), 15))
                     .build()) {
            Path dir = Files.createTempDirectory("labforge-bench");
            EngineSettings settings = EngineSettings.DEFAULT.withRetry(new RetryPolicy(8, scaled(2, scale), scaled(30, scale)))
                    .withSleeper(Sleeper.REAL).withReadyTimeout(Duration.ofMinutes(10));
            DeployEngine engine = new DeployEngine(new ProxmoxCluster(client, new AdapterSettings(Duration.ofMinutes(5), scaled(1, scale), "local-lvm")),
                    Journal.open(dir.resolve("bench.jsonl")), ProvisioningHook.NONE, settings);
            Plan plan = engine.plan(LabIntent.of(lab, NodeKinds.builtin(), DeployOptions.DEFAULT), e -> { });
            StepGraph graph = StepGraphBuilder.build(plan);
            Map<String, Instant> started = new ConcurrentHashMap<>();
            Map<String, Double> took = new ConcurrentHashMap<>();
            AtomicInteger lockFailuresToUser = new AtomicInteger();
            int before = requests.get();
            FailurePolicy countLocks = f -> {
                if (f.message().toLowerCase(Locale.ROOT).contains("lock")) {
                    lockFailuresToUser.incrementAndGet();
                }
                return io.labforge.deploy.engine.Decision.ABORT;
            };
            RunResult r = engine.apply(lab, plan, countLocks, new CancelToken(), e -> {
                if (e instanceof DeployEvent.StepStarted s) {
                    started.put(s.step(), s.at());
                } else if (e instanceof DeployEvent.StepFinished s) {
                    took.put(s.step(), Duration.between(started.get(s.step()), s.at()).toNanos() / 1e9 / scale);
                }
            });
            int vms = plan.desired().guests().size();
            double makespan = r.took().toNanos() / 1e9 / scale;
            double critical = graph.remainingPath(s -> took.getOrDefault(s.id(), 0.0)).values().stream().mapToDouble(d -> d).max().orElse(0);
            double storage = storageBound(graph, took, Caps.DEFAULT);
            // the guest whose create finishes last still has its own chain to run after it
            Map<Step, Double> rest = graph.remainingPath(s -> took.getOrDefault(s.id(), 0.0));
            storage += graph.steps().stream().filter(s -> s.kind() == StepKind.CREATE)
                    .mapToDouble(s -> rest.get(s) - took.getOrDefault(s.id(), 0.0)).min().orElse(0);
            double bound = Math.max(critical, storage);
            System.out.printf(Locale.ROOT, "%-14s %4d  %7.0fs  %10.0fs  %5.2f  %12.0fs  %12.0fs  %11.1f  %d%s%n", label, vms, makespan, bound,
                    makespan / bound, critical, storage, (requests.get() - before) / (double) vms, lockFailuresToUser.get(),
                    r.succeeded() ? "" : "  (" + r.outcome() + ": " + r.failures() + ")");
        }
    }

    /** Creates on one storage run at most {@code createsPerStorage} at a time: their total over the cap. */
    private static double storageBound(StepGraph graph, Map<String, Double> took, Caps caps) {
        Map<String, Double> perStorage = new HashMap<>();
        for (Step s : graph.steps()) {
            if (s.kind() == StepKind.CREATE) {
                perStorage.merge(s.storage(), took.getOrDefault(s.id(), 0.0), Double::sum);
            }
        }
        return perStorage.values().stream().mapToDouble(d -> d / caps.createsPerStorage()).max().orElse(0);
    }

    static Lab many(int n) {
        List<Node> nodes = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            nodes.add(Node.of("vm" + i, "linux-vm", Nic.of("lan", "10.20." + (i / 200) + "." + (10 + i % 200)))
                    .withResources(new io.labforge.model.Resources(1, 1024, 10))); // 50 GiB in all: fits one 64 GiB node
        }
        return new Lab("bench50", null, new Target(null, "pve", "local-lvm", null),
                List.of(Network.of("lan", NetworkKind.LAN, "vmbr1", 70, "10.20.0.0/16", "10.20.0.1")), nodes, List.of(), Map.of());
    }

    private static Duration scaled(double seconds, double scale) {
        return Duration.ofNanos(Math.max(1_000_000L, (long) (seconds * scale * 1e9)));
    }
}
