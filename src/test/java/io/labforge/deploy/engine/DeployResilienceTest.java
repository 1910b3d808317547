package io.labforge.deploy.engine;

import io.labforge.deploy.ProvisioningException;
import io.labforge.deploy.event.DeployEvent;
import io.labforge.deploy.event.Outcome;
import io.labforge.deploy.journal.Journal;
import io.labforge.deploy.plan.Marker;
import io.labforge.deploy.port.Guest;
import io.labforge.model.Lab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class DeployResilienceTest {

    private static final int GUESTS = 8;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void convergesUnderTransientErrorsLockTimeoutsAndFailedTasks(long seed) throws Exception {
        Lab lab = TestLabs.homelab();
        FakeCluster cluster = new FakeCluster().faults(0.10, 0.05, 0.03, seed);
        List<StepFailure> askedUser = new CopyOnWriteArrayList<>();
        FailurePolicy retrying = f -> {
            askedUser.add(f);
            return f.attempts() <= 10 ? Decision.RETRY : Decision.ABORT;
        };
        try (EngineHarness h = new EngineHarness(cluster, dir.resolve("j.jsonl"))) {
            RunResult r = h.deploy(lab, retrying);

            assertThat(r.outcome()).isEqualTo(Outcome.SUCCEEDED);
            assertNoDuplicateNoOrphan(h, lab);
            assertThat(askedUser).noneSatisfy(f -> assertThat(f.message()).contains("lock"));
            assertThat(cluster.storageLockCollisions.get()).isZero();
            assertThat(h.events).anySatisfy(e -> assertThat(e).isInstanceOf(DeployEvent.StepFailed.class));

            cluster.faults(0, 0, 0, seed);
            assertThat(h.plan(lab).isEmpty()).isTrue();
            assertThat(h.destroy(lab).outcome()).isEqualTo(Outcome.SUCCEEDED);
            assertThat(h.labGuests(lab.name())).isEmpty();
            assertThat(cluster.pools()).isEmpty();
        }
    }

    @Test
    void cancelWithRollBackLeavesNothing() throws Exception {
        Lab lab = TestLabs.homelab();
        FakeCluster cluster = new FakeCluster().latency(3);
        CancelToken cancel = new CancelToken();
        AtomicInteger finished = new AtomicInteger();
        try (EngineHarness h = new EngineHarness(cluster, dir.resolve("j.jsonl"))) {
            h.extra = e -> {
                if (e instanceof DeployEvent.StepFinished && finished.incrementAndGet() == 25) {
                    cancel.cancel(true);
                }
            };
            RunResult r = h.engine.apply(lab, h.plan(lab), FailurePolicy.always(Decision.ABORT), cancel, h.listener());

            assertThat(r.outcome()).isEqualTo(Outcome.ROLLED_BACK);
            assertThat(r.failures()).isEmpty();
            assertThat(h.labGuests(lab.name())).isEmpty();
            assertThat(cluster.guests()).allSatisfy(g -> assertThat(g.template()).isTrue());
            assertThat(cluster.bridges()).extracting(b -> b.name()).containsExactly("vmbr0");
            assertThat(cluster.pools()).isEmpty();
            assertThat(h.journal.state().guests()).isEmpty();
        }
    }

    @Test
    void cancelWithoutRollBackKeepsWhatExistsAndTheNextDeployFinishesIt() throws Exception {
        Lab lab = TestLabs.homelab();
        FakeCluster cluster = new FakeCluster().latency(2);
        CancelToken cancel = new CancelToken();
        AtomicInteger finished = new AtomicInteger();
        try (EngineHarness h = new EngineHarness(cluster, dir.resolve("j.jsonl"))) {
            h.extra = e -> {
                if (e instanceof DeployEvent.StepFinished && finished.incrementAndGet() == 20) {
                    cancel.cancel(false);
                }
            };
            RunResult r = h.engine.apply(lab, h.plan(lab), FailurePolicy.always(Decision.ABORT), cancel, h.listener());
            assertThat(r.outcome()).isEqualTo(Outcome.CANCELLED);
            assertThat(h.labGuests(lab.name())).isNotEmpty();
            h.extra = e -> { };

            assertThat(h.deploy(lab).outcome()).isEqualTo(Outcome.SUCCEEDED);
            assertNoDuplicateNoOrphan(h, lab);
        }
    }

    @Test
    void rollBackAfterAFailureRemovesWhatThisRunCreated() throws Exception {
        Lab lab = TestLabs.homelab();
        FakeCluster cluster = new FakeCluster();
        try (EngineHarness h = new EngineHarness(cluster, dir.resolve("j.jsonl"), (l, node, address, out) -> {
            if (node.id().equals("db1")) {
                throw new ProvisioningException("postgresql did not start");
            }
        })) {
            RunResult r = h.deploy(lab, FailurePolicy.always(Decision.ROLL_BACK));

            assertThat(r.outcome()).isEqualTo(Outcome.ROLLED_BACK);
            assertThat(r.failures()).singleElement().asString().contains("provision db1").contains("postgresql did not start");
            assertThat(h.labGuests(lab.name())).isEmpty();
            assertThat(cluster.pools()).isEmpty();
            assertThat(cluster.bridges()).hasSize(1);
        }
    }

    @Test
    void continueSkipsOnlyWhatDependsOnTheFailedStep() throws Exception {
        Lab lab = TestLabs.homelab();
        try (EngineHarness h = new EngineHarness(new FakeCluster(), dir.resolve("j.jsonl"), (l, node, address, out) -> {
            if (node.id().equals("db1")) {
                throw new ProvisioningException("postgresql did not start");
            }
        })) {
            RunResult r = h.deploy(lab, FailurePolicy.always(Decision.CONTINUE));

            assertThat(r.outcome()).isEqualTo(Outcome.PARTIAL);
            assertThat(r.skipped()).isEqualTo(1); // db1/verify
            assertThat(h.labGuests(lab.name())).hasSize(GUESTS);
            assertThat(h.plan(lab).actualChanges()).singleElement().satisfies(c -> assertThat(c.id()).isEqualTo("db1"));
        }
    }

    /**
     * A deploy killed at any point resumes without duplicates: snapshot the cluster and the journal
     * at every step boundary and after every cluster mutation, and resume from each snapshot (also
     * with a torn last journal line, as a kill during a write leaves it).
     */
    @Test
    void resumesFromAKillAtAnyPointWithoutDuplicates() throws Exception {
        Lab lab = TestLabs.homelab();
        FakeCluster cluster = new FakeCluster();
        Path file = dir.resolve("full.jsonl");
        record Snapshot(FakeCluster cluster, long journalBytes) {
        }
        List<Snapshot> snaps = new ArrayList<>();
        try (EngineHarness h = new EngineHarness(cluster, file)) {
            cluster.afterMutation = c -> snaps.add(new Snapshot(c.copy(), size(file)));
            h.extra = e -> {
                if (e instanceof DeployEvent.StepStarted || e instanceof DeployEvent.StepFinished) {
                    snaps.add(new Snapshot(cluster.copy(), size(file)));
                }
            };
            DeployEngine sequential = new DeployEngine(cluster, h.journal, io.labforge.deploy.ProvisioningHook.NONE,
                    EngineHarness.FAST.withCaps(new Caps(1, 1, 1, 1, 1)));
            assertThat(sequential.apply(lab, h.plan(lab), FailurePolicy.always(Decision.ABORT), new CancelToken(), h.listener()).succeeded()).isTrue();
            cluster.afterMutation = c -> { };
        }
        byte[] journal = Files.readAllBytes(file);
        assertThat(snaps).hasSizeGreaterThan(100);
        // every journal sync costs a disk flush: resume from about 40 cut points spread over the run
        int stride = Math.max(1, snaps.size() / 40);
        for (int i = 0; i < snaps.size(); i += stride) {
            Snapshot s = snaps.get(i);
            byte[] prefix = Arrays.copyOf(journal, (int) s.journalBytes());
            if ((i / stride) % 2 == 1 && s.journalBytes() + 20 < journal.length) {
                prefix = Arrays.copyOf(journal, (int) s.journalBytes() + 20); // torn line
            }
            Path resumed = dir.resolve("resume-" + i + ".jsonl");
            Files.write(resumed, prefix);
            // the prefix stands for what was on disk at the kill; the resumed run need not flush again
            try (EngineHarness h = new EngineHarness(s.cluster(), Journal.open(resumed, java.time.Clock.systemUTC(), false),
                    io.labforge.deploy.ProvisioningHook.NONE)) {
                RunResult r = h.deploy(lab);
                assertThat(r.failures()).as("resume from snapshot %d", i).isEmpty();
                assertNoDuplicateNoOrphan(h, lab);
                assertThat(h.plan(lab).isEmpty()).as("plan after resume %d", i).isTrue();
                assertThat(h.destroy(lab).outcome()).isEqualTo(Outcome.SUCCEEDED);
                assertThat(h.labGuests(lab.name())).as("destroy after resume %d", i).isEmpty();
                assertThat(s.cluster().pools()).as("pool after resume %d", i).isEmpty();
                assertThat(s.cluster().bridges()).as("bridges after resume %d", i).hasSize(1);
            }
        }
        assertThat(new String(journal, StandardCharsets.UTF_8)).contains("\"event\":\"reserved\"");
        assertThat(Journal.read(file)).isNotEmpty();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void assertNoDuplicateNoOrphan(EngineHarness h, Lab lab) {
        Map<String, List<Guest>> guests = h.labGuests(lab.name());
        assertThat(guests).hasSize(GUESTS);
        assertThat(guests.values()).allSatisfy(l -> assertThat(l).hasSize(1));
        assertThat(h.cluster.guests()).filteredOn(g -> !g.template())
                .allSatisfy(g -> assertThat(Marker.nodeOf(g.description(), lab.name())).isPresent());
    }
}
