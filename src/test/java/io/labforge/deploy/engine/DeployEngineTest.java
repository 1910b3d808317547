package io.labforge.deploy.engine;

import io.labforge.deploy.event.DeployEvent;
import io.labforge.deploy.event.Outcome;
import io.labforge.deploy.plan.Action;
import io.labforge.deploy.plan.Change;
import io.labforge.deploy.plan.Marker;
import io.labforge.deploy.plan.Plan;
import io.labforge.deploy.port.Guest;
import io.labforge.deploy.port.GuestConfig;
import io.labforge.deploy.port.GuestRef;
import io.labforge.deploy.port.GuestType;
import io.labforge.deploy.port.PowerState;
import io.labforge.model.Lab;
import io.labforge.model.Resources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DeployEngineTest {

    private static final int GUESTS = 8; // homelab nodes that become guests (internet does not)

    @TempDir
    Path dir;

    @Test
    void deploysTheHomelabAndThenPlansNothing() throws Exception {
        Lab lab = TestLabs.homelab();
        try (EngineHarness h = new EngineHarness(new FakeCluster(), dir.resolve("j.jsonl"))) {
            Plan first = h.plan(lab);
            assertThat(first.blockers()).isEmpty();
            assertThat(first.counts().get(Action.CREATE)).isEqualTo(GUESTS + 1 + 2); // guests, pool, vmbr1 + vmbr2

            RunResult r = h.deploy(lab);

            assertThat(r.failures()).isEmpty();
            assertThat(r.outcome()).isEqualTo(Outcome.SUCCEEDED);
            Map<String, List<Guest>> guests = h.labGuests("homelab");
            assertThat(guests).hasSize(GUESTS);
            assertThat(guests.values()).allSatisfy(list -> assertThat(list).hasSize(1));
            Guest cp = guests.get("k8s-cp1").get(0);
            assertThat(cp.status()).isEqualTo(PowerState.RUNNING);
            assertThat(cp.tags()).contains(Marker.tag("homelab"));
            assertThat(cp.pool()).isEqualTo("labforge-homelab");
            assertThat(cp.config().diskGiB()).isEqualTo(32);
            assertThat(cp.config().nics().get(0).vlan()).isEqualTo(20);
            assertThat(cp.config().cloudInit().ipconfigs().get(0).address()).isEqualTo("10.10.20.11/24");
            assertThat(cp.config().cloudInit().ipconfigs().get(0).gateway()).isEqualTo("10.10.20.1");
            assertThat(guests.get("fw1").get(0).config().nics()).allSatisfy(n -> assertThat(n.firewall()).isFalse());
            assertThat(guests.get("lb1").get(0).firewallRules()).anySatisfy(rule -> assertThat(rule.dport()).isEqualTo("6443"));
            assertThat(h.cluster.bridges()).anySatisfy(b -> assertThat(b.name()).isEqualTo("vmbr1"));
            assertThat(h.cluster.bridges()).allSatisfy(b -> assertThat(b.active()).isTrue());
            assertThat(r.addresses()).containsEntry("k8s-cp1", "10.10.20.11");

            Plan again = h.plan(lab);
            assertThat(again.actualChanges()).isEmpty();
            assertThat(again.isEmpty()).isTrue();
        }
    }

    @Test
    void theFirewallIsReadyBeforeGuestsBehindItStart() throws Exception {
        Lab lab = TestLabs.homelab();
        try (EngineHarness h = new EngineHarness(new FakeCluster(), dir.resolve("j.jsonl"))) {
            h.deploy(lab);
            List<String> order = h.events.stream()
                    .filter(e -> e instanceof DeployEvent.StepStarted || e instanceof DeployEvent.StepFinished)
                    .map(e -> e instanceof DeployEvent.StepStarted s ? "start " + s.step() : "end " + ((DeployEvent.StepFinished) e).step())
                    .toList();
            assertThat(order.indexOf("end fw1/wait-ready")).isLessThan(order.indexOf("start k8s-cp1/start"));
            assertThat(order.indexOf("end pve/network-apply")).isLessThan(order.indexOf("start db1/configure"));
        }
    }

    @Test
    void changingOneVmsMemoryPlansExactlyOneUpdate() throws Exception {
        Lab lab = TestLabs.homelab();
        try (EngineHarness h = new EngineHarness(new FakeCluster(), dir.resolve("j.jsonl"))) {
            h.deploy(lab);
            Lab bigger = lab.updateNode("db1", n -> n.withResources(new Resources(null, 8192, null)));

            Plan plan = h.plan(bigger);

            assertThat(plan.actualChanges()).hasSize(1);
            Change c = plan.actualChanges().get(0);
            assertThat(c.id()).isEqualTo("db1");
            assertThat(c.action()).isEqualTo(Action.UPDATE);
            assertThat(c.drift()).isFalse();
            assertThat(c.properties()).singleElement().satisfies(p -> {
                assertThat(p.name()).isEqualTo("memory");
                assertThat(p.from()).isEqualTo("4096");
                assertThat(p.to()).isEqualTo("8192");
            });
            assertThat(h.engine.apply(bigger, plan, FailurePolicy.always(Decision.ABORT), new CancelToken(), h.listener()).succeeded()).isTrue();
            assertThat(h.guestOf("homelab", "db1").orElseThrow().config().memory()).isEqualTo(8192);
            assertThat(h.plan(bigger).isEmpty()).isTrue();
        }
    }

    @Test
    void memoryChangedInProxmoxShowsAsDriftAndIsSetBack() throws Exception {
        Lab lab = TestLabs.homelab();
        try (EngineHarness h = new EngineHarness(new FakeCluster(), dir.resolve("j.jsonl"))) {
            h.deploy(lab);
            Guest db = h.guestOf("homelab", "db1").orElseThrow();
            h.cluster.edit(db.vmid(), g -> new Guest(g.ref(), g.name(), g.status(), false, null, g.tags(), g.pool(),
                    new GuestConfig(g.config().cores(), 1024, g.config().diskGiB(), g.config().nics(), g.config().cloudInit(),
                            g.config().tags(), g.config().description()), g.firewallRules(), g.addresses()));

            Plan plan = h.plan(lab);

            assertThat(plan.actualChanges()).singleElement().satisfies(c -> {
                assertThat(c.drift()).isTrue();
                assertThat(c.reason()).contains("changed outside Labforge");
                assertThat(c.properties()).singleElement().satisfies(p -> assertThat(p.drift()).isTrue());
            });
            assertThat(h.engine.apply(lab, plan, FailurePolicy.always(Decision.ABORT), new CancelToken(), h.listener()).succeeded()).isTrue();
            assertThat(h.guestOf("homelab", "db1").orElseThrow().config().memory()).isEqualTo(4096);
        }
    }

    @Test
    void aVmDeletedByHandIsDriftAndIsCreatedAgain() throws Exception {
        Lab lab = TestLabs.homelab();
        try (EngineHarness h = new EngineHarness(new FakeCluster(), dir.resolve("j.jsonl"))) {
            h.deploy(lab);
            Guest w1 = h.guestOf("homelab", "k8s-w1").orElseThrow();
            h.cluster.remove(w1.vmid());

            Plan plan = h.plan(lab);

            assertThat(plan.actualChanges()).singleElement().satisfies(c -> {
                assertThat(c.id()).isEqualTo("k8s-w1");
                assertThat(c.action()).isEqualTo(Action.CREATE);
                assertThat(c.drift()).isTrue();
                assertThat(c.reason()).contains("deleted outside Labforge");
            });
            assertThat(h.engine.apply(lab, plan, FailurePolicy.always(Decision.ABORT), new CancelToken(), h.listener()).succeeded()).isTrue();
            assertThat(h.labGuests("homelab").get("k8s-w1")).hasSize(1);
            assertThat(h.labGuests("homelab")).hasSize(GUESTS);
            assertThat(h.plan(lab).isEmpty()).isTrue();
        }
    }

    @Test
    void aStoppedGuestIsStartedAgain() throws Exception {
        Lab lab = TestLabs.homelab();
        try (EngineHarness h = new EngineHarness(new FakeCluster(), dir.resolve("j.jsonl"))) {
            h.deploy(lab);
            Guest bastion = h.guestOf("homelab", "bastion").orElseThrow();
            h.cluster.edit(bastion.vmid(), g -> new Guest(g.ref(), g.name(), PowerState.STOPPED, false, null, g.tags(), g.pool(), g.config(), g.firewallRules(), List.of()));

            Plan plan = h.plan(lab);

            assertThat(plan.actualChanges()).singleElement().satisfies(c -> {
                assertThat(c.properties()).extracting(p -> p.name()).containsExactly("power");
                assertThat(c.drift()).isTrue();
            });
            h.engine.apply(lab, plan, FailurePolicy.always(Decision.ABORT), new CancelToken(), h.listener());
            assertThat(h.guestOf("homelab", "bastion").orElseThrow().status()).isEqualTo(PowerState.RUNNING);
        }
    }

    @Test
    void shrinkingADiskReplacesTheGuestWithTheReason() throws Exception {
        Lab lab = TestLabs.homelab();
        try (EngineHarness h = new EngineHarness(new FakeCluster(), dir.resolve("j.jsonl"))) {
            h.deploy(lab);
            int oldVmid = h.guestOf("homelab", "db1").orElseThrow().vmid();
            Lab smaller = lab.updateNode("db1", n -> n.withResources(new Resources(null, null, 16)));

            Plan plan = h.plan(smaller);

            assertThat(plan.actualChanges()).singleElement().satisfies(c -> {
                assertThat(c.action()).isEqualTo(Action.REPLACE);
                assertThat(c.reason()).contains("disk shrinks from 32 to 16 GiB");
            });
            assertThat(h.engine.apply(smaller, plan, FailurePolicy.always(Decision.ABORT), new CancelToken(), h.listener()).succeeded()).isTrue();
            Guest db = h.guestOf("homelab", "db1").orElseThrow();
            assertThat(db.vmid()).isNotEqualTo(oldVmid);
            assertThat(db.config().diskGiB()).isEqualTo(16);
            assertThat(h.labGuests("homelab").get("db1")).hasSize(1);
            assertThat(h.plan(smaller).isEmpty()).isTrue();
        }
    }

    @Test
    void aNodeRemovedFromTheLabIsDeleted() throws Exception {
        Lab lab = TestLabs.homelab();
        try (EngineHarness h = new EngineHarness(new FakeCluster(), dir.resolve("j.jsonl"))) {
            h.deploy(lab);
            Lab without = lab.withNodes(lab.nodes().stream().filter(n -> !n.id().equals("k8s-w2")).toList());

            Plan plan = h.plan(without);

            assertThat(plan.actualChanges()).singleElement().satisfies(c -> {
                assertThat(c.action()).isEqualTo(Action.DELETE);
                assertThat(c.id()).isEqualTo("k8s-w2");
            });
            h.engine.apply(without, plan, FailurePolicy.always(Decision.ABORT), new CancelToken(), h.listener());
            assertThat(h.labGuests("homelab")).doesNotContainKey("k8s-w2").hasSize(GUESTS - 1);
        }
    }

    @Test
    void destroyRemovesExactlyWhatTheLabOwns() throws Exception {
        Lab lab = TestLabs.homelab();
        FakeCluster cluster = new FakeCluster();
        // a stranger's VM, and a VM that carries our marker but that our journal never recorded
        cluster.addGuest(foreign(500, "someone-else", null, Set.of()));
        cluster.addGuest(foreign(501, "copy", Marker.description("homelab", "old-node", null), Set.of(Marker.tag("homelab"))));
        try (EngineHarness h = new EngineHarness(cluster, dir.resolve("j.jsonl"))) {
            h.deploy(lab);
            Plan destroy = h.engine.planDestroy(EngineHarness.desired(lab), e -> { });
            assertThat(destroy.counts().get(Action.DELETE)).isEqualTo(GUESTS + 2 + 1);
            assertThat(destroy.warnings()).anySatisfy(w -> assertThat(w).contains("VM 501"));

            RunResult r = h.destroy(lab);

            assertThat(r.outcome()).isEqualTo(Outcome.SUCCEEDED);
            assertThat(cluster.guests()).extracting(Guest::vmid).contains(500, 501);
            assertThat(h.labGuests("homelab")).containsOnlyKeys("old-node");
            assertThat(cluster.bridges()).extracting(b -> b.name()).containsExactly("vmbr0");
            assertThat(cluster.pools()).isEmpty();
        }
    }

    @Test
    void aVmidReusedBySomeoneElseIsNeverDestroyed() throws Exception {
        Lab lab = TestLabs.homelab();
        FakeCluster cluster = new FakeCluster();
        try (EngineHarness h = new EngineHarness(cluster, dir.resolve("j.jsonl"))) {
            h.deploy(lab);
            Guest w1 = h.guestOf("homelab", "k8s-w1").orElseThrow();
            cluster.remove(w1.vmid());
            cluster.addGuest(foreign(w1.vmid(), "reused", "somebody's VM", Set.of()));

            h.destroy(lab);

            assertThat(cluster.guest(w1.vmid())).get().extracting(Guest::name).isEqualTo("reused");
        }
    }

    @Test
    void placesUnpinnedGuestsOnTheNodeWithMostFreeMemoryAndRespectsPins() throws Exception {
        Lab lab = TestLabs.homelab().withTarget(new io.labforge.model.Target(null, null, "local-lvm", null))
                .updateNode("db1", n -> n.withProxmoxNode("pve2"));
        try (EngineHarness h = new EngineHarness(new FakeCluster("pve1", "pve2", "pve3"), dir.resolve("j.jsonl"))) {
            RunResult r = h.deploy(lab);
            assertThat(r.failures()).isEmpty();
            Map<String, List<Guest>> guests = h.labGuests("homelab");
            assertThat(guests.get("db1").get(0).ref().node()).isEqualTo("pve2");
            assertThat(guests.values().stream().map(l -> l.get(0).ref().node()).distinct()).hasSize(3);
            assertThat(h.plan(lab).isEmpty()).isTrue();
        }
    }

    @Test
    void noSecretReachesTheJournal() throws Exception {
        Lab lab = TestLabs.homelab();
        FakeCluster cluster = new FakeCluster();
        Path file = dir.resolve("j.jsonl");
        try (EngineHarness h = new EngineHarness(cluster, file, (l, n, addr, out) -> {
            out.accept("password=hunter2 token=PVEAPIToken=root@pam!ci=0a1b2c3d");
            throw new io.labforge.deploy.ProvisioningException("login failed with password=hunter2");
        })) {
            h.deploy(lab, FailurePolicy.always(Decision.CONTINUE));
            String journal = Files.readString(file);
            assertThat(journal).doesNotContain("hunter2").doesNotContain("0a1b2c3d").doesNotContain("AAAAC3NzaC1lZDI1NTE5");
            assertThat(journal).contains("password=***");
            assertThat(h.events).filteredOn(e -> e instanceof DeployEvent.LogLine)
                    .allSatisfy(e -> assertThat(((DeployEvent.LogLine) e).line()).doesNotContain("hunter2"));
        }
    }

    static Guest foreign(int vmid, String name, String description, Set<String> tags) {
        return new Guest(new GuestRef("pve", vmid, GuestType.QEMU), name, PowerState.RUNNING, false, null, tags, null,
                new GuestConfig(1, 512, 8, List.of(), null, tags, description), List.of(), List.of());
    }

}
