package io.labforge.deploy.adapter;

import io.labforge.deploy.engine.CancelToken;
import io.labforge.deploy.engine.Decision;
import io.labforge.deploy.engine.DeployEngine;
import io.labforge.deploy.engine.FailurePolicy;
import io.labforge.deploy.engine.RunResult;
import io.labforge.deploy.event.Outcome;
import io.labforge.deploy.plan.Change;
import io.labforge.deploy.plan.DesiredLab;
import io.labforge.deploy.plan.LabIntent;
import io.labforge.deploy.plan.Plan;
import io.labforge.deploy.plan.ResourceType;
import io.labforge.deploy.port.Guest;
import io.labforge.deploy.port.NicConfig;
import io.labforge.deploy.port.ReadScope;
import io.labforge.deploy.port.SdnState;
import io.labforge.deploy.port.SdnVnet;
import io.labforge.io.LabFiles;
import io.labforge.kind.NodeKinds;
import io.labforge.model.Lab;
import io.labforge.proxmox.cluster.sdn.SdnZoneStatus;
import io.labforge.sandbox.SandboxConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lab spread over a three-node sandbox through the real client: every request the deploy sends, SDN ones included,
 * is checked against the official API schema by the sandbox.
 */
class SandboxClusterTest {

    static final Path SPREAD = Path.of(System.getProperty("labforge.project.dir", "."), "src/test/resources/cluster/spread.yaml");

    @TempDir
    Path dir;

    @Test
    void aLabSpreadOverThreeNodesDeploysWithVnetsReplansEmptyAndDestroysToNothing() throws Exception {
        Lab lab = LabFiles.read(SPREAD);
        DesiredLab desired = LabIntent.of(lab, NodeKinds.builtin(), SandboxDeployTest.OPTIONS);
        SandboxConfig config = SandboxTarget.config().withNodes(List.of("pve1", "pve2", "pve3"));
        try (SandboxTarget t = new SandboxTarget(config)) {
            DeployEngine engine = t.engine(dir.resolve("spread.jsonl"));
            Plan plan = engine.plan(desired, e -> { });
            assertThat(plan.blockers()).isEmpty();
            assertThat(plan.changes()).filteredOn(c -> c.type() == ResourceType.GUEST).extracting(Change::node)
                    .containsOnly("pve1", "pve2", "pve3").contains("pve1", "pve2", "pve3");
            assertThat(plan.change(ResourceType.GUEST, "lab1").orElseThrow().node()).isEqualTo("pve3");
            assertThat(plan.change(ResourceType.GUEST, "rtr1").orElseThrow().reason()).contains("among the nodes holding template");

            RunResult r = engine.apply(lab, plan, FailurePolicy.always(Decision.ABORT), new CancelToken(), e -> { });
            assertThat(r.failures()).isEmpty();
            assertThat(r.outcome()).isEqualTo(Outcome.SUCCEEDED);

            SdnState sdn = t.cluster.read(new ReadScope(desired.tag(), desired.pool(), Set.of())).sdn();
            assertThat(sdn.zones()).extracting(z -> z.type() + ":" + (z.bridge() == null ? String.join(",", z.peers()) : z.bridge()))
                    .containsExactlyInAnyOrder("vlan:vmbr1", "vxlan:192.168.1.10,192.168.1.11,192.168.1.12");
            assertThat(sdn.zones()).allMatch(z -> z.applied());
            assertThat(sdn.vnets()).extracting(SdnVnet::alias).containsExactlyInAnyOrder(
                    "labforge lab=spread net=lan", "labforge lab=spread net=app", "labforge lab=spread net=lab");
            assertThat(sdn.vnets()).allMatch(SdnVnet::applied);
            assertThat(sdn.subnets()).extracting(s -> s.cidr() + " gw " + s.gateway() + (s.snat() ? " snat" : ""))
                    .containsExactlyInAnyOrder("10.30.10.0/24 gw 10.30.10.1", "10.30.20.0/24 gw 10.30.20.1", "10.30.30.0/24 gw 10.30.30.1 snat");
            for (String node : List.of("pve1", "pve2", "pve3")) {
                assertThat(t.client.cluster().sdn().zoneStatus(node)).extracting(SdnZoneStatus::status).containsOnly("available");
            }
            String labVnet = sdn.vnets().stream().filter(v -> v.alias().endsWith("net=lab")).findFirst().orElseThrow().id();
            for (Map.Entry<String, String> e : Map.of("lab1", "pve3", "lab2", "pve2").entrySet()) {
                Guest g = t.cluster.guest(engine.plan(desired, x -> { }).change(ResourceType.GUEST, e.getKey()).orElseThrow().existing().vmid())
                        .orElseThrow();
                assertThat(g.ref().node()).isEqualTo(e.getValue());
                assertThat(g.config().nics()).extracting(NicConfig::bridge).containsExactly(labVnet);
            }

            assertThat(engine.plan(desired, e -> { }).actualChanges()).as("re-plan").isEmpty();

            RunResult gone = engine.apply(lab, engine.planDestroy(desired, e -> { }), FailurePolicy.always(Decision.ABORT), new CancelToken(), e -> { });
            assertThat(gone.failures()).isEmpty();
            assertThat(t.client.cluster().sdn().zones()).isEmpty();
            assertThat(t.client.cluster().sdn().runningZones()).isEmpty();
            assertThat(t.client.cluster().sdn().vnets()).isEmpty();
            assertThat(t.sandbox.inspect().guests()).allSatisfy(g -> assertThat(g.template()).isTrue());
            assertThat(t.client.pools().list()).isEmpty();
            assertThat(engine.plan(desired.empty(), e -> { }).actualChanges()).isEmpty();
        }
    }
}
