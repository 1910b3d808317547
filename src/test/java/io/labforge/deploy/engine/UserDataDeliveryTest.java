package io.labforge.deploy.engine;

import io.labforge.deploy.journal.Journal;
import io.labforge.deploy.plan.DesiredLab;
import io.labforge.deploy.plan.Plan;
import io.labforge.deploy.plan.ResourceType;
import io.labforge.deploy.port.NodeShell;
import io.labforge.deploy.port.TaskLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A node without a storage that holds snippets: the plan says so and how to enable it, and the VMs keep today's cloud-init. */
class UserDataDeliveryTest {

    @TempDir
    Path dir;

    @Test
    void withoutASnippetsStorageThePlanSaysTheUserDataIsNotDeliveredAndHowToEnableIt() throws Exception {
        NodeShell shell = new NodeShell() {
            @Override
            public String describe(String node) {
                return "root@" + node;
            }

            @Override
            public int run(String node, String command, TaskLog output) {
                return 1; // nothing is in place yet
            }
        };
        FakeCluster cluster = new FakeCluster("pve"); // reports no storage with snippets content
        DeployEngine engine = new DeployEngine(cluster, Journal.open(dir.resolve("j.jsonl")), io.labforge.deploy.ProvisioningHook.NONE,
                EngineHarness.FAST, Optional.of(shell));
        DesiredLab desired = EngineHarness.desired(TestLabs.homelab());
        assertThat(desired.host().userData()).containsKeys("k8s-cp1", "db1");

        Plan plan = engine.plan(desired, e -> { });

        assertThat(plan.changes()).noneMatch(c -> c.type() == ResourceType.HOST && c.id().contains(":user-data:"));
        assertThat(plan.warnings()).anySatisfy(w -> assertThat(w)
                .contains("cloud-init user-data of").contains("k8s-cp1 (pve)").contains("is NOT delivered")
                .contains("pvesm set local --content iso,vztmpl,backup,snippets"));
        assertThat(plan.desired().guest("k8s-cp1").orElseThrow().config().cloudInit().userData()).isNull();
        assertThat(plan.blockers()).isEmpty();
    }
}
