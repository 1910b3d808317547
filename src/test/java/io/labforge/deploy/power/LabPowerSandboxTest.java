package io.labforge.deploy.power;

import io.labforge.app.DeploySession;
import io.labforge.app.SessionTuning;
import io.labforge.deploy.ProvisioningHook;
import io.labforge.deploy.connect.Connection;
import io.labforge.deploy.connect.ConnectionProfile;
import io.labforge.deploy.connect.TokenSecret;
import io.labforge.deploy.engine.CancelToken;
import io.labforge.deploy.engine.Decision;
import io.labforge.deploy.engine.FailurePolicy;
import io.labforge.deploy.engine.RunResult;
import io.labforge.deploy.event.DeployEvent;
import io.labforge.deploy.event.Outcome;
import io.labforge.deploy.plan.DeployOptions;
import io.labforge.deploy.plan.DesiredLab;
import io.labforge.deploy.plan.LabIntent;
import io.labforge.io.LabFiles;
import io.labforge.kind.NodeKinds;
import io.labforge.model.Lab;
import io.labforge.proxmox.Credentials;
import io.labforge.proxmox.ProxmoxClient;
import io.labforge.proxmox.Secret;
import io.labforge.proxmox.nodes.qemu.QemuOptions;
import io.labforge.proxmox.nodes.tasks.Upid;
import io.labforge.proxmox.property.QemuNic;
import io.labforge.proxmox.tls.TlsTrust;
import io.labforge.sandbox.Sandbox;
import io.labforge.sandbox.SandboxConfig;
import io.labforge.sandbox.SandboxInspector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Start and stop of the sample homelab on the simulated Proxmox through the real client: the order in
 * which the sandbox saw the shutdown and start tasks follows the tiers, each tier is ready before the
 * next starts, and a guest that cannot start stops the run with a plain reason.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LabPowerSandboxTest {

    private static final double SCALE = 0.005;
    private static final Path HOMELAB = Path.of(System.getProperty("labforge.project.dir", "."), "assets/samples/homelab.yaml");

    @TempDir
    static Path dir;

    private static Sandbox sandbox;
    private static DeploySession session;
    private static Lab lab;
    private static DesiredLab desired;

    @BeforeAll
    static void deployTheHomelab() throws Exception {
        sandbox = Sandbox.start(SandboxConfig.defaults().withNodes(List.of("pve")).withTimeScale(SCALE));
        session = open(sandbox, dir.resolve("homelab.jsonl"));
        lab = LabFiles.read(HOMELAB);
        desired = LabIntent.of(lab, NodeKinds.builtin(), DeployOptions.DEFAULT);
        RunResult r = session.engine().apply(lab, session.engine().plan(desired, e -> { }), FailurePolicy.always(Decision.ABORT),
                new CancelToken(), e -> { });
        assertThat(r.failures()).isEmpty();
    }

    static DeploySession open(Sandbox s, Path journal) throws Exception {
        ConnectionProfile p = new ConnectionProfile("sandbox", s.url().toString(), "pve", s.tokenId(), s.fingerprint(), null);
        return DeploySession.open(new Connection(p, new TokenSecret(s.tokenSecret().toCharArray()), "test"), journal,
                ProvisioningHook.NONE, SessionTuning.scaled(SCALE));
    }

    @AfterAll
    static void close() throws Exception {
        session.close();
        sandbox.close();
    }

    @Test
    @Order(1)
    void stopGoesDownTierByTierFromTheWorkloadsToTheFirewall() throws Exception {
        PowerPlan plan = session.power().plan(lab, NodeKinds.builtin(), desired, Direction.STOP);
        assertThat(plan.blockers()).isEmpty();
        assertThat(plan.tiers().stream().map(Tier::ids).toList()).containsExactly(
                List.of("k8s-w1", "k8s-w2", "k8s-w3", "ws1", "mon1", "siem1"),
                List.of("k8s-cp1", "k8s-cp2", "k8s-cp3"),
                List.of("db1"),
                List.of("lb1"),
                List.of("bastion", "dc1"),
                List.of("fw1"));

        RunResult r = session.power().run(plan, PowerOptions.DEFAULT, new CancelToken(), e -> { });

        assertThat(r.outcome()).as(r.failures().toString()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(labGuests()).allSatisfy(g -> assertThat(g.running()).as(g.name()).isFalse());
        assertThat(tierOfEachTask(plan, "qmshutdown")).hasSize(14).isSorted();
    }

    @Test
    @Order(2)
    void startComesUpInReverseAndEachTierIsReadyBeforeTheNextStarts() throws Exception {
        PowerPlan plan = session.power().plan(lab, NodeKinds.builtin(), desired, Direction.START);
        assertThat(plan.tiers().get(0).ids()).containsExactly("fw1");
        List<DeployEvent> events = new CopyOnWriteArrayList<>();

        RunResult r = session.power().run(plan, PowerOptions.DEFAULT, new CancelToken(), events::add);

        assertThat(r.outcome()).as(r.failures().toString()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(labGuests()).allSatisfy(g -> assertThat(g.running()).as(g.name()).isTrue());
        assertThat(tierOfEachTask(plan, "qmstart")).hasSize(14).isSorted();
        assertThat(r.addresses()).containsEntry("db1", "10.10.40.10");
        for (int t = 1; t < plan.tiers().size(); t++) {
            int lastReady = 0;
            for (String id : plan.tiers().get(t - 1).ids()) {
                lastReady = Math.max(lastReady, indexOf(events, DeployEvent.StepFinished.class, id + "/wait-ready"));
            }
            for (String id : plan.tiers().get(t).ids()) {
                assertThat(indexOf(events, DeployEvent.StepStarted.class, id + "/start"))
                        .as(id + " starts after tier " + t + " is ready").isGreaterThan(lastReady);
            }
        }
    }

    @Test
    @Order(3)
    void aGuestThatCannotStartStopsTheRunAndSaysWhyInPlainWords() throws Exception {
        session.power().run(session.power().plan(lab, NodeKinds.builtin(), desired, Direction.STOP), PowerOptions.DEFAULT.withForce(true),
                new CancelToken(), e -> { });
        int db1 = vmidOf("db1");
        try (ProxmoxClient client = ProxmoxClient.builder(sandbox.url().toString(),
                new Credentials.ApiToken(sandbox.tokenId(), Secret.of(sandbox.tokenSecret()))).trust(TlsTrust.pinned(sandbox.fingerprint())).build()) {
            client.node("pve").qemu().updateConfigSync(db1, QemuOptions.create().net(0, QemuNic.virtio(null, "vmbr9")));
        }

        RunResult r = session.power().run(session.power().plan(lab, NodeKinds.builtin(), desired, Direction.START), PowerOptions.DEFAULT,
                new CancelToken(), e -> { });

        assertThat(r.outcome()).isEqualTo(Outcome.ABORTED);
        assertThat(r.failures().get(0)).startsWith("unable to start db1 (VM " + db1 + " on pve): ").contains("bridge 'vmbr9' does not exist");
        assertThat(r.failures().get(1)).isEqualTo("not started: k8s-cp1, k8s-cp2, k8s-cp3, k8s-w1, k8s-w2, k8s-w3, ws1, mon1, siem1"
                + " (they need the guests that failed)");
        Map<String, Boolean> running = new HashMap<>();
        labGuests().forEach(g -> running.put(g.name(), g.running()));
        assertThat(running).containsEntry("fw1", true).containsEntry("lb1", true).containsEntry("db1", false)
                .containsEntry("k8s-cp1", false).containsEntry("k8s-w1", false);
    }

    private static List<SandboxInspector.GuestInfo> labGuests() {
        return sandbox.inspect().guests().stream().filter(g -> !g.template()).toList();
    }

    private static int vmidOf(String name) {
        return labGuests().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow().vmid();
    }

    /** For each task of {@code type} the sandbox ran during the last run, in start order, the tier of its guest. */
    private static List<Integer> tierOfEachTask(PowerPlan plan, String type) {
        Map<Integer, Integer> tierOfVmid = new HashMap<>();
        for (int i = 0; i < plan.tiers().size(); i++) {
            for (PowerTarget g : plan.tiers().get(i).guests()) {
                tierOfVmid.put(g.ref().vmid(), i);
            }
        }
        List<Integer> out = new ArrayList<>();
        List<Upid> all = sandbox.inspect().tasks().keySet().stream().map(Upid::parse).toList();
        int from = 0;
        for (int i = 0; i < all.size(); i++) { // only the tasks of the last run: after the last task of another type
            if (!all.get(i).type().equals(type)) {
                from = i + 1;
            }
        }
        for (Upid u : all.subList(from, all.size())) {
            out.add(tierOfVmid.get(Integer.parseInt(u.id())));
        }
        return out;
    }

    private static int indexOf(List<DeployEvent> events, Class<?> type, String step) {
        for (int i = 0; i < events.size(); i++) {
            DeployEvent e = events.get(i);
            if (type.isInstance(e) && (e instanceof DeployEvent.StepStarted s ? s.step() : ((DeployEvent.StepFinished) e).step()).equals(step)) {
                return i;
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " for " + step);
    }
}
