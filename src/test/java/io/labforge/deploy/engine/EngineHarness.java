package io.labforge.deploy.engine;

import io.labforge.deploy.ProvisioningHook;
import io.labforge.deploy.event.DeployEvent;
import io.labforge.deploy.event.DeployListener;
import io.labforge.deploy.journal.Journal;
import io.labforge.deploy.plan.DeployOptions;
import io.labforge.deploy.plan.DesiredLab;
import io.labforge.deploy.plan.LabIntent;
import io.labforge.deploy.plan.Marker;
import io.labforge.deploy.plan.Plan;
import io.labforge.deploy.port.Guest;
import io.labforge.kind.NodeKinds;
import io.labforge.model.Lab;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/** Plan + apply on a fake cluster with a journal file, as the command line does it. */
final class EngineHarness implements AutoCloseable {

    static final DeployOptions OPTIONS = new DeployOptions("labforge", List.of("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBexamplekey user@host"));
    static final EngineSettings FAST = EngineSettings.DEFAULT
            .withRetry(new RetryPolicy(6, Duration.ofMillis(1), Duration.ofMillis(5)))
            .withSleeper(Sleeper.REAL);

    final FakeCluster cluster;
    final Journal journal;
    final DeployEngine engine;
    final List<DeployEvent> events = new CopyOnWriteArrayList<>();
    DeployListener extra = DeployListener.NONE;

    EngineHarness(FakeCluster cluster, Path journalFile, ProvisioningHook hook) throws Exception {
        this(cluster, Journal.open(journalFile), hook);
    }

    EngineHarness(FakeCluster cluster, Journal journal, ProvisioningHook hook) {
        this.cluster = cluster;
        this.journal = journal;
        this.engine = new DeployEngine(cluster, journal, hook, FAST);
    }

    EngineHarness(FakeCluster cluster, Path journalFile) throws Exception {
        this(cluster, journalFile, ProvisioningHook.NONE);
    }

    static DesiredLab desired(Lab lab) {
        return LabIntent.of(lab, NodeKinds.builtin(), OPTIONS);
    }

    Plan plan(Lab lab) throws Exception {
        return engine.plan(desired(lab), events::add);
    }

    RunResult deploy(Lab lab, FailurePolicy policy) throws Exception {
        return engine.apply(lab, plan(lab), policy, new CancelToken(), listener());
    }

    RunResult deploy(Lab lab) throws Exception {
        return deploy(lab, FailurePolicy.always(Decision.ABORT));
    }

    RunResult destroy(Lab lab) throws Exception {
        return engine.apply(lab, engine.planDestroy(desired(lab), events::add), FailurePolicy.always(Decision.ABORT), new CancelToken(), listener());
    }

    DeployListener listener() {
        return ((DeployListener) events::add).and(e -> extra.on(e));
    }

    /** Guests carrying the lab's marker, grouped by lab node id. */
    Map<String, List<Guest>> labGuests(String lab) {
        return cluster.guests().stream()
                .filter(g -> Marker.nodeOf(g.description(), lab).isPresent())
                .collect(Collectors.groupingBy(g -> Marker.nodeOf(g.description(), lab).orElseThrow()));
    }

    Optional<Guest> guestOf(String lab, String nodeId) {
        return labGuests(lab).getOrDefault(nodeId, List.of()).stream().findFirst();
    }

    @Override
    public void close() throws Exception {
        journal.close();
    }
}
