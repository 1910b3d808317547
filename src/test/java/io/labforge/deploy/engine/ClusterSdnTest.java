package io.labforge.deploy.engine;

import io.labforge.deploy.event.Outcome;
import io.labforge.deploy.plan.Action;
import io.labforge.deploy.plan.Change;
import io.labforge.deploy.plan.Plan;
import io.labforge.deploy.plan.ResourceType;
import io.labforge.deploy.port.Guest;
import io.labforge.deploy.port.NicConfig;
import io.labforge.deploy.port.SdnState;
import io.labforge.deploy.port.SdnSubnet;
import io.labforge.deploy.port.SdnVnet;
import io.labforge.deploy.port.SdnZone;
import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Labs spread over several nodes: spanning networks become SDN vnets, owned, re-planned empty and removed. */
class ClusterSdnTest {

    @TempDir
    Path dir;

    /** fw1 and the bastion on different nodes: lan and k8s (VLANs on vmbr1) and mgmt (untagged vmbr2) span nodes. */
    static Lab spread() {
        return TestLabs.homelab().withTarget(new Target(null, null, "local-lvm", null))
                .updateNode("fw1", n -> n.withProxmoxNode("pve1"))
                .updateNode("bastion", n -> n.withProxmoxNode("pve2"))
                .updateNode("k8s-w1", n -> n.withProxmoxNode("pve3"));
    }

    static FakeCluster threeNodes() {
        FakeCluster c = new FakeCluster("pve1", "pve2", "pve3");
        List.of("pve1", "pve2", "pve3").forEach(n -> c.addBridge(n, "vmbr1"));
        return c;
    }

    @Test
    void spanningNetworksBecomeVnetsThatGuestsUseAndDestroyRemovesThem() throws Exception {
        FakeCluster cluster = threeNodes();
        try (EngineHarness h = new EngineHarness(cluster, dir.resolve("j.jsonl"))) {
            Plan plan = h.plan(spread());
            assertThat(plan.blockers()).isEmpty();
            assertThat(plan.changes()).filteredOn(c -> c.type() == ResourceType.SDN_ZONE).extracting(Change::action)
                    .containsExactly(Action.CREATE, Action.CREATE);

            RunResult r = h.deploy(spread());
            assertThat(r.failures()).isEmpty();
            assertThat(r.outcome()).isEqualTo(Outcome.SUCCEEDED);

            SdnState sdn = cluster.sdn();
            SdnZone vlan = sdn.zones().stream().filter(z -> z.type().equals("vlan")).findFirst().orElseThrow();
            SdnZone vxlan = sdn.zones().stream().filter(z -> z.type().equals("vxlan")).findFirst().orElseThrow();
            assertThat(vlan.bridge()).isEqualTo("vmbr1");
            assertThat(vxlan.peers()).containsExactly("192.168.1.10", "192.168.1.11", "192.168.1.12");
            assertThat(vxlan.mtu()).isEqualTo(1450);
            assertThat(sdn.zones()).allMatch(SdnZone::applied).allMatch(z -> z.id().matches("[a-z][a-z0-9]{1,7}"));
            SdnVnet lan = vnetFor(sdn, "lan");
            SdnVnet k8s = vnetFor(sdn, "k8s");
            SdnVnet mgmt = vnetFor(sdn, "mgmt");
            assertThat(List.of(lan.zone(), lan.tag(), k8s.zone(), k8s.tag())).containsExactly(vlan.id(), 10, vlan.id(), 20);
            assertThat(mgmt.zone()).isEqualTo(vxlan.id());
            assertThat(mgmt.tag()).isBetween(1, 16_777_215);
            assertThat(sdn.vnets()).allMatch(SdnVnet::applied).allMatch(v -> v.id().matches("[a-z][a-z0-9]{1,7}"));
            assertThat(sdn.subnetsOf(lan.id())).singleElement().satisfies(s -> {
                assertThat(s.cidr()).isEqualTo("10.10.10.0/24");
                assertThat(s.gateway()).isEqualTo("10.10.10.1");
                assertThat(s.snat()).as("fw1 routes lan").isFalse();
            });

            Guest fw1 = h.guestOf("homelab", "fw1").orElseThrow();
            assertThat(fw1.config().nics()).extracting(NicConfig::bridge).containsExactly("vmbr0", lan.id(), k8s.id(), mgmt.id());
            assertThat(fw1.config().nics()).extracting(NicConfig::vlan).containsOnlyNulls();
            assertThat(h.guestOf("homelab", "bastion").orElseThrow().ref().node()).isEqualTo("pve2");

            assertThat(h.plan(spread()).actualChanges()).as("re-plan").isEmpty();

            RunResult gone = h.destroy(spread());
            assertThat(gone.failures()).isEmpty();
            assertThat(cluster.sdn().zones()).isEmpty();
            assertThat(cluster.sdn().vnets()).isEmpty();
            assertThat(cluster.sdn().subnets()).isEmpty();
            assertThat(cluster.bridges()).extracting(b -> b.node() + "/" + b.name())
                    .containsExactlyInAnyOrder("pve1/vmbr0", "pve2/vmbr0", "pve3/vmbr0", "pve1/vmbr1", "pve2/vmbr1", "pve3/vmbr1");
            assertThat(h.plan(spread().withNodes(List.of())).actualChanges()).isEmpty();
        }
    }

    @Test
    void aNetworkThatStopsSpanningGoesBackToItsBridgeAndItsVnetIsRemoved() throws Exception {
        FakeCluster cluster = threeNodes();
        try (EngineHarness h = new EngineHarness(cluster, dir.resolve("j.jsonl"))) {
            assertThat(h.deploy(spread()).failures()).isEmpty();
            String mgmt = vnetFor(cluster.sdn(), "mgmt").id();
            Lab together = spread().updateNode("bastion", n -> n.withProxmoxNode("pve1"));

            Plan plan = h.plan(together);
            assertThat(plan.change(ResourceType.SDN_VNET, mgmt)).get().extracting(Change::action).isEqualTo(Action.DELETE);
            assertThat(plan.change(ResourceType.GUEST, "fw1").orElseThrow().properties())
                    .anyMatch(p -> p.name().equals("net3") && p.from().contains("bridge=" + mgmt) && p.to().contains("bridge=vmbr2"));
            RunResult r = h.deploy(together);
            assertThat(r.failures()).isEmpty();

            assertThat(cluster.sdn().vnets()).extracting(SdnVnet::alias).doesNotContain("labforge lab=homelab net=mgmt");
            assertThat(cluster.sdn().zones()).extracting(SdnZone::type).containsExactly("vlan");
            assertThat(h.guestOf("homelab", "fw1").orElseThrow().config().nics().get(3).bridge()).isEqualTo("vmbr2");
            assertThat(h.plan(together).actualChanges()).isEmpty();
        }
    }

    @Test
    void rollingBackAFailedRunRemovesTheSdnObjectsItCreated() throws Exception {
        FakeCluster cluster = threeNodes();
        try (EngineHarness h = new EngineHarness(cluster, dir.resolve("j.jsonl"), (l, node, address, out) -> {
            if (node.id().equals("db1")) {
                throw new io.labforge.deploy.ProvisioningException("postgresql did not start");
            }
        })) {
            RunResult r = h.deploy(spread(), FailurePolicy.always(Decision.ROLL_BACK));
            assertThat(r.outcome()).isEqualTo(Outcome.ROLLED_BACK);
            assertThat(h.labGuests("homelab")).isEmpty();
            assertThat(cluster.sdn()).isEqualTo(SdnState.EMPTY);
            assertThat(h.plan(spread().withNodes(List.of())).actualChanges()).as("nothing left for destroy").isEmpty();
        }
    }

    @Test
    void aNetworkOnOneNodeKeepsItsBridge() throws Exception {
        try (EngineHarness h = new EngineHarness(threeNodes(), dir.resolve("j.jsonl"))) {
            Plan plan = h.plan(TestLabs.homelab().withTarget(new Target(null, "pve2", "local-lvm", null)));
            assertThat(plan.changes()).noneMatch(c -> c.type().name().startsWith("SDN"));
            assertThat(plan.sdn().vnets()).isEmpty();
        }
    }

    @Test
    void aSpanningNetworkWithoutARouterGetsSnatAndAWarning() throws Exception {
        Lab lab = spread().withNetwork(Network.of("mgmt", io.labforge.model.NetworkKind.MGMT, "vmbr2", null, "10.10.99.0/24", "10.10.99.254"));
        FakeCluster cluster = threeNodes();
        try (EngineHarness h = new EngineHarness(cluster, dir.resolve("j.jsonl"))) {
            Plan plan = h.plan(lab);
            assertThat(plan.warnings()).anyMatch(w -> w.contains("network mgmt has no router of its own"));
            assertThat(h.deploy(lab).failures()).isEmpty();
            SdnVnet mgmt = vnetFor(cluster.sdn(), "mgmt");
            assertThat(cluster.sdn().subnetsOf(mgmt.id())).singleElement().satisfies(s -> {
                assertThat(s.gateway()).isEqualTo("10.10.99.254");
                assertThat(s.snat()).isTrue();
            });
        }
    }

    @Test
    void aTaggedNetworkWhoseBridgeIsMissingOnANodeFallsBackToVxlan() throws Exception {
        FakeCluster cluster = new FakeCluster("pve1", "pve2", "pve3");
        cluster.addBridge("pve1", "vmbr1");
        try (EngineHarness h = new EngineHarness(cluster, dir.resolve("j.jsonl"))) {
            Plan plan = h.plan(spread());
            assertThat(plan.warnings()).anyMatch(w -> w.contains("network lan (VLAN 10 on vmbr1)") && w.contains("VXLAN"));
            assertThat(plan.sdn().zones()).extracting(SdnZone::type).containsExactly("vxlan");
            assertThat(plan.sdn().vnets()).filteredOn(v -> v.alias().endsWith("net=lan")).singleElement()
                    .extracting(SdnVnet::tag).as("the VLAN id doubles as VNI").isEqualTo(10);
        }
    }

    @Test
    void anIdTakenBySomethingElseIsSkippedAndForeignObjectsAreNeverTouched() throws Exception {
        SdnState first;
        try (EngineHarness probe = new EngineHarness(threeNodes(), dir.resolve("probe.jsonl"))) {
            first = probe.plan(spread()).sdn();
        }
        String lanId = vnetFor(first, "lan").id();
        String vlanZone = first.zones().stream().filter(z -> z.type().equals("vlan")).findFirst().orElseThrow().id();
        FakeCluster cluster = threeNodes();
        // someone else's zone under the lab's first zone id, and their vnet under the lab's first vnet id
        cluster.editSdn(sdn -> {
            sdn.createZone(SdnZone.vlan(vlanZone, "vmbr1"));
            sdn.createVnet(new SdnVnet(lanId, vlanZone, 300, "office wifi", false));
            sdn.createSubnet(new SdnSubnet(null, lanId, "172.16.0.0/24", "172.16.0.1", false, false));
        });
        try (EngineHarness h = new EngineHarness(cluster, dir.resolve("j.jsonl"))) {
            assertThat(h.deploy(spread()).failures()).isEmpty();
            SdnVnet lan = vnetFor(cluster.sdn(), "lan");
            assertThat(lan.id()).isNotEqualTo(lanId);
            assertThat(lan.zone()).isNotEqualTo(vlanZone);
            assertThat(h.plan(spread()).actualChanges()).isEmpty();

            // a vnet added by hand to the lab's vxlan zone keeps that zone alive at destroy
            String labVxlan = cluster.sdn().zones().stream().filter(z -> z.type().equals("vxlan")).findFirst().orElseThrow().id();
            cluster.editSdn(sdn -> sdn.createVnet(new SdnVnet("handmade", labVxlan, 4242, "added by hand", false)));
            Plan destroy = h.engine.planDestroy(EngineHarness.desired(spread()), e -> { });
            assertThat(destroy.warnings()).anyMatch(w -> w.contains("zone " + labVxlan) && w.contains("handmade"));
            assertThat(h.destroy(spread()).failures()).isEmpty();

            SdnState left = cluster.sdn();
            assertThat(left.vnets()).extracting(SdnVnet::id).containsExactlyInAnyOrder(lanId, "handmade");
            assertThat(left.zones()).extracting(SdnZone::id).containsExactlyInAnyOrder(vlanZone, labVxlan);
            assertThat(left.subnets()).extracting(SdnSubnet::cidr).containsExactly("172.16.0.0/24");
        }
    }

    @Test
    void thePlanSaysWhyEachGuestGoesWhereItGoes() throws Exception {
        try (EngineHarness h = new EngineHarness(threeNodes(), dir.resolve("j.jsonl"))) {
            Plan plan = h.plan(spread());
            assertThat(plan.change(ResourceType.GUEST, "bastion").orElseThrow().reason()).endsWith("on pve2 (pinned to pve2)");
            Change db = plan.change(ResourceType.GUEST, "db1").orElseThrow();
            assertThat(db.reason()).contains("most free memory");
            assertThat(plan.changes()).filteredOn(c -> c.type() == ResourceType.GUEST).extracting(Change::node)
                    .containsExactlyElementsOf(h.plan(spread()).changes().stream().filter(c -> c.type() == ResourceType.GUEST)
                            .map(Change::node).toList());
        }
    }

    private static SdnVnet vnetFor(SdnState sdn, String network) {
        return sdn.vnets().stream().filter(v -> ("labforge lab=homelab net=" + network).equals(v.alias())).findFirst().orElseThrow();
    }
}
