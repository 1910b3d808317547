package io.labforge.deploy.adapter;

import io.labforge.deploy.engine.CancelToken;
import io.labforge.deploy.engine.Decision;
import io.labforge.deploy.engine.DeployEngine;
import io.labforge.deploy.engine.FailurePolicy;
import io.labforge.deploy.engine.RunResult;
import io.labforge.deploy.event.DeployEvent;
import io.labforge.deploy.event.Outcome;
import io.labforge.deploy.plan.DeployOptions;
import io.labforge.deploy.plan.DesiredLab;
import io.labforge.deploy.plan.LabIntent;
import io.labforge.deploy.plan.Plan;
import io.labforge.io.LabFiles;
import io.labforge.kind.NodeKinds;
import io.labforge.model.Lab;
import io.labforge.deploy.engine.StepFailure;
import io.labforge.deploy.journal.Journal;
import io.labforge.deploy.journal.JournalEntry;
import io.labforge.deploy.plan.Marker;
import io.labforge.sandbox.SandboxConfig;
import io.labforge.sandbox.fault.Faults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxDeployTest {

    static final Path HOMELAB = Path.of(System.getProperty("labforge.project.dir", "."), "assets/samples/homelab.yaml");
    static final DeployOptions OPTIONS = new DeployOptions("labforge", List.of("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGxhYmZvcmdlLXRlc3Qta2V5LW5vdC1yZWFs test@labforge"));

    @TempDir
    Path dir;

    @Test
    void theSeedHomelabDeploysReplansEmptyAndDestroysToNothing() throws Exception {
        Lab lab = LabFiles.read(HOMELAB);
        DesiredLab desired = LabIntent.of(lab, NodeKinds.builtin(), OPTIONS);
        try (SandboxTarget t = new SandboxTarget(SandboxTarget.config())) {
            DeployEngine engine = t.engine(dir.resolve("homelab.jsonl"));
            List<DeployEvent> events = new CopyOnWriteArrayList<>();
            Plan plan = engine.plan(desired, events::add);
            assertThat(plan.blockers()).isEmpty();

            RunResult r = engine.apply(lab, plan, FailurePolicy.always(Decision.ABORT), new CancelToken(), events::add);

            assertThat(r.failures()).isEmpty();
            assertThat(r.outcome()).isEqualTo(Outcome.SUCCEEDED);
            Plan again = engine.plan(desired, e -> { });
            assertThat(again.actualChanges()).as(again.actualChanges().toString()).isEmpty();

            assertNoDuplicateNoOrphan(t);

            RunResult gone = engine.apply(lab, engine.planDestroy(desired, e -> { }), FailurePolicy.always(Decision.ABORT), new CancelToken(), e -> { });
            assertThat(gone.failures()).isEmpty();
            assertThat(engine.plan(desired.empty(), e -> { }).actualChanges()).isEmpty();
            assertThat(t.sandbox.inspect().guests()).allSatisfy(g -> assertThat(g.template()).isTrue());
        }
    }

    @Test
    void convergesWithTransientErrorsFailedTasksAndLockTimeouts() throws Exception {
        Lab lab = LabFiles.read(HOMELAB);
        DesiredLab desired = LabIntent.of(lab, NodeKinds.builtin(), OPTIONS);
        // 10 % of requests fail before running, 5 % of tasks fail, 2 % of answers are lost after the work;
        // one disk copy per storage at a time makes parallel clones run into storage lock timeouts
        SandboxConfig config = SandboxTarget.config().withFaults(new Faults(0.10, 0.05, 0.02, 0, 0)).withStorageSlots(1).withSeed(7);
        List<StepFailure> askedUser = new CopyOnWriteArrayList<>();
        FailurePolicy retrying = f -> {
            askedUser.add(f);
            return f.attempts() <= 10 ? Decision.RETRY : Decision.ABORT;
        };
        try (SandboxTarget t = new SandboxTarget(config)) {
            DeployEngine engine = t.engine(dir.resolve("faults.jsonl"));
            RunResult r = engine.apply(lab, engine.plan(desired, e -> { }), retrying, new CancelToken(), e -> { });

            assertThat(r.outcome()).as(r.failures().toString()).isEqualTo(Outcome.SUCCEEDED);
            assertNoDuplicateNoOrphan(t);
            assertThat(askedUser).noneSatisfy(f -> assertThat(f.message().toLowerCase()).contains("lock"));
            assertThat(engine.plan(desired, e -> { }).actualChanges()).isEmpty();
            RunResult gone = engine.apply(lab, engine.planDestroy(desired, e -> { }), retrying, new CancelToken(), e -> { });
            assertThat(gone.outcome()).isEqualTo(Outcome.SUCCEEDED);
            assertThat(t.sandbox.inspect().guests()).allSatisfy(g -> assertThat(g.template()).isTrue());
        }
    }

    @Test
    void aDeployKilledHardInAnotherJvmResumesWithoutDuplicates() throws Exception {
        Lab lab = LabFiles.read(HOMELAB);
        DesiredLab desired = LabIntent.of(lab, NodeKinds.builtin(), OPTIONS);
        Path journal = dir.resolve("killed.jsonl");
        try (SandboxTarget t = new SandboxTarget(SandboxTarget.config())) {
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), KilledDeployMain.class.getName(),
                    t.sandbox.url().toString(), t.sandbox.tokenId(), t.sandbox.fingerprint(), journal.toString(),
                    HOMELAB.toString(), Double.toString(SandboxTarget.SCALE));
            pb.environment().put("LABFORGE_TOKEN_SECRET", t.sandbox.tokenSecret());
            pb.redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile());
            Process child = pb.start();
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
            while (created(journal) < 5 && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(child.isAlive()).as("the child is still deploying when killed").isTrue();
            child.destroyForcibly().waitFor();
            int createdBeforeKill = created(journal);
            assertThat(createdBeforeKill).isGreaterThanOrEqualTo(5);

            DeployEngine engine = t.engine(journal);
            Plan resume = engine.plan(desired, e -> { });
            assertThat(resume.isEmpty()).isFalse();
            RunResult r = engine.apply(lab, resume, FailurePolicy.always(Decision.ABORT), new CancelToken(), e -> { });

            assertThat(r.failures()).isEmpty();
            assertNoDuplicateNoOrphan(t);
            assertThat(t.sandbox.inspect().cloneCalls().values()).allSatisfy(n -> assertThat(n).isEqualTo(1));
            assertThat(engine.plan(desired, e -> { }).actualChanges()).isEmpty();
        }
    }

    private static int created(Path journal) throws java.io.IOException {
        return java.nio.file.Files.exists(journal) ? (int) Journal.read(journal).stream()
                .filter(e -> JournalEntry.CREATED.equals(e.event())).count() : 0;
    }

    /** Every lab guest exists exactly once, and nothing but templates and lab guests is on the cluster. */
    private static void assertNoDuplicateNoOrphan(SandboxTarget t) throws Exception {
        Lab lab = LabFiles.read(HOMELAB);
        long guests = lab.nodes().stream().filter(n -> NodeKinds.builtin().realization(n).isGuest()).count();
        Map<String, Long> byNode = t.sandbox.inspect().guests().stream().filter(g -> !g.template())
                .collect(Collectors.groupingBy(g -> Marker.nodeOf(g.config().get("description"), lab.name()).orElse("(foreign " + g.vmid() + ")"),
                        Collectors.counting()));
        assertThat(byNode).hasSize((int) guests);
        assertThat(byNode.values()).allSatisfy(n -> assertThat(n).isEqualTo(1L));
        assertThat(byNode.keySet()).noneSatisfy(k -> assertThat(k).startsWith("(foreign"));
    }
}
