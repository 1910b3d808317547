package io.labforge.deploy.engine;

import io.labforge.deploy.ProvisioningHook;
import io.labforge.deploy.event.Outcome;
import io.labforge.deploy.plan.Plan;
import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.NetworkKind;
import io.labforge.model.Nic;
import io.labforge.model.Node;
import io.labforge.model.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * k3s needs the first control plane up ({@code cluster-init}) before the others join, and they join
 * through the load balancer, so it comes before them; workers join last. Node names are chosen so
 * that neither the lab's order nor the alphabet gives that order by chance.
 */
class ProvisionOrderTest {

    @TempDir
    Path dir;

    static Lab cluster() {
        List<Network> nets = List.of(
                Network.of("lan", NetworkKind.LAN, "vmbr0", null, "10.10.10.0/24", "10.10.10.1"),
                Network.of("k8s", NetworkKind.K8S, "vmbr0", null, "10.10.20.0/24", "10.10.20.1"));
        List<Node> nodes = List.of(
                Node.of("zeta-worker", "k8s-worker", Nic.of("k8s", "10.10.20.21")),
                Node.of("omega-cp", "k8s-control-plane", Nic.of("k8s", "10.10.20.11")),
                Node.of("alpha-cp", "k8s-control-plane", Nic.of("k8s", "10.10.20.12")),
                Node.of("beta-cp", "k8s-control-plane", Nic.of("k8s", "10.10.20.13")),
                Node.of("gateway", "load-balancer", Nic.of("lan", "10.10.10.10"), Nic.of("k8s", "10.10.20.10"))
                        .withRole(Map.of("frontends", List.of(Map.of("port", 6443, "backends", List.of("omega-cp", "alpha-cp", "beta-cp"))))),
                Node.of("db1", "database", Nic.of("lan", "10.10.10.30")));
        return new Lab("order", "provisioning order", new Target(null, null, "local-lvm", null), nets, nodes, List.of(), Map.of());
    }

    @Test
    void theStepGraphMakesJoinersWaitForTheFirstControlPlaneAndTheLoadBalancer() throws Exception {
        try (EngineHarness h = new EngineHarness(new FakeCluster(), dir.resolve("j.jsonl"))) {
            Plan plan = h.plan(cluster());
            StepGraph g = StepGraphBuilder.build(plan);
            assertThat(predecessors(g, "alpha-cp")).contains("omega-cp/provision", "gateway/provision");
            assertThat(predecessors(g, "beta-cp")).contains("omega-cp/provision", "gateway/provision");
            assertThat(predecessors(g, "zeta-worker")).contains("omega-cp/provision", "alpha-cp/provision", "beta-cp/provision",
                    "gateway/provision");
            assertThat(predecessors(g, "omega-cp")).noneMatch(s -> s.endsWith("/provision"));
            assertThat(predecessors(g, "gateway")).noneMatch(s -> s.endsWith("/provision"));
            assertThat(predecessors(g, "db1")).noneMatch(s -> s.endsWith("/provision"));
        }
    }

    @Test
    void provisioningRunsInThatOrderEvenWithEveryoneReadyAtOnce() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        ProvisioningHook hook = (lab, node, address, output) -> {
            seen.add("start " + node.id());
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            seen.add("end " + node.id());
        };
        try (EngineHarness h = new EngineHarness(new FakeCluster(), dir.resolve("j.jsonl"), hook)) {
            assertThat(h.deploy(cluster()).outcome()).isEqualTo(Outcome.SUCCEEDED);
        }
        for (String joiner : List.of("alpha-cp", "beta-cp")) {
            assertThat(seen.indexOf("end omega-cp")).isLessThan(seen.indexOf("start " + joiner));
            assertThat(seen.indexOf("end gateway")).isLessThan(seen.indexOf("start " + joiner));
            assertThat(seen.indexOf("end " + joiner)).isLessThan(seen.indexOf("start zeta-worker"));
        }
    }

    private static List<String> predecessors(StepGraph g, String guest) {
        Step provision = g.steps().stream().filter(s -> s.id().equals(guest + "/provision")).findFirst().orElseThrow();
        return g.predecessors(provision).stream().map(Step::id).toList();
    }
}
