package io.labforge.deploy.adapter;

import io.labforge.deploy.engine.CancelToken;
import io.labforge.deploy.engine.Decision;
import io.labforge.deploy.engine.DeployEngine;
import io.labforge.deploy.engine.FailurePolicy;
import io.labforge.deploy.engine.RunResult;
import io.labforge.deploy.event.Outcome;
import io.labforge.deploy.plan.Action;
import io.labforge.deploy.plan.Change;
import io.labforge.deploy.plan.DesiredLab;
import io.labforge.deploy.plan.LabIntent;
import io.labforge.deploy.plan.Plan;
import io.labforge.deploy.plan.ResourceType;
import io.labforge.deploy.port.SnippetStorage;
import io.labforge.io.LabFiles;
import io.labforge.kind.NodeKinds;
import io.labforge.model.Lab;
import io.labforge.sandbox.host.SandboxHosts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated user-data reaches the VM as a snippet: written on the node by a host step, named
 * by the VM's cicustom (the sandbox refuses to start a VM whose cicustom volume is missing),
 * re-planned as an update when the lab changes it, and removed by destroy.
 */
class UserDataSnippetSandboxTest {

    @TempDir
    Path dir;

    @Test
    void deployDeliversTheUserDataAsASnippetAndDestroyRemovesIt() throws Exception {
        Lab lab = LabFiles.read(HostStepsSandboxTest.NAT_LAB);
        DesiredLab desired = LabIntent.of(lab, NodeKinds.builtin(), SandboxDeployTest.OPTIONS);
        String userData = desired.host().userData().get("vm1");
        assertThat(userData).startsWith("#cloud-config").contains("hostname: vm1");
        try (SandboxTarget t = new SandboxTarget(SandboxTarget.config())) {
            SandboxHosts hosts = t.sandbox.hosts();
            DeployEngine engine = t.engineWithNodeShell(dir.resolve("j.jsonl"));

            // found through the API: the node's storages with snippets content, the path from GET /storage/{storage}
            assertThat(t.cluster.snippetStorage("pve")).contains(new SnippetStorage("local", "/var/lib/vz"));

            Plan plan = engine.plan(desired, e -> { });
            Change step = plan.change(ResourceType.HOST, "pve:user-data:vm1").orElseThrow();
            assertThat(step.action()).isEqualTo(Action.CREATE);
            assertThat(step.reason()).startsWith("write the cloud-init user-data of vm1 to local:snippets/labforge-nat-lab-vm1-");

            RunResult r = engine.apply(lab, plan, FailurePolicy.always(Decision.ABORT), new CancelToken(), e -> { });
            assertThat(r.outcome()).as(r.failures().toString()).isEqualTo(Outcome.SUCCEEDED);
            String volume = cicustomVolume(t);
            assertThat(volume).matches("local:snippets/labforge-nat-lab-vm1-[0-9a-f]{8}\\.yaml");
            assertThat(t.sandbox.inspect().storageContent("local")).contains(volume).noneMatch(v -> v.endsWith(".tmp"));
            String file = "/var/lib/vz/snippets/" + volume.substring("local:snippets/".length());
            assertThat(hosts.file("pve", file)).contains(userData);
            assertThat(t.sandbox.inspect().guests()).anySatisfy(g -> {
                assertThat(g.name()).isEqualTo("vm1");
                assertThat(g.running()).isTrue();
            });

            Plan again = engine.plan(desired, e -> { });
            assertThat(again.isEmpty()).as(again.actualChanges().toString()).isTrue();

            // another package: new user-data, so a new snippet replaces the old one and the VM's cicustom is updated
            Lab changed = withPackage("htop");
            DesiredLab desired2 = LabIntent.of(changed, NodeKinds.builtin(), SandboxDeployTest.OPTIONS);
            assertThat(desired2.host().userData().get("vm1")).isNotEqualTo(userData).contains("htop");
            Plan update = engine.plan(desired2, e -> { });
            assertThat(update.change(ResourceType.HOST, "pve:user-data:vm1").orElseThrow().action()).isEqualTo(Action.REPLACE);
            Change vm = update.change(ResourceType.GUEST, "vm1").orElseThrow();
            assertThat(vm.action()).isEqualTo(Action.UPDATE);
            assertThat(vm.properties().toString()).contains("cicustom");
            RunResult u = engine.apply(changed, update, FailurePolicy.always(Decision.ABORT), new CancelToken(), e -> { });
            assertThat(u.outcome()).as(u.failures().toString()).isEqualTo(Outcome.SUCCEEDED);
            String volume2 = cicustomVolume(t);
            assertThat(volume2).isNotEqualTo(volume);
            assertThat(t.sandbox.inspect().storageContent("local")).contains(volume2).doesNotContain(volume);
            assertThat(engine.plan(desired2, e -> { }).isEmpty()).isTrue();

            Plan destroy = engine.planDestroy(desired2, e -> { });
            assertThat(destroy.change(ResourceType.HOST, "pve:user-data:vm1").orElseThrow().action()).isEqualTo(Action.DELETE);
            assertThat(engine.apply(changed, destroy, FailurePolicy.always(Decision.ABORT), new CancelToken(), e -> { }).outcome())
                    .isEqualTo(Outcome.SUCCEEDED);
            assertThat(t.sandbox.inspect().storageContent("local")).noneMatch(v -> v.contains("labforge-nat-lab"));
        }
    }

    @Test
    void withoutANodeShellThePlanSaysTheUserDataIsNotDelivered() throws Exception {
        Lab lab = LabFiles.read(HostStepsSandboxTest.NAT_LAB);
        try (SandboxTarget t = new SandboxTarget(SandboxTarget.config())) {
            Plan plan = t.engine(dir.resolve("j.jsonl")).plan(LabIntent.of(lab, NodeKinds.builtin(), SandboxDeployTest.OPTIONS), e -> { });
            assertThat(plan.warnings()).anySatisfy(w -> assertThat(w)
                    .contains("cloud-init user-data of 1 VM(s) will NOT be delivered").contains("--node-ssh root@HOST")
                    .as("the NAT script is no answer for user-data").doesNotContain("nat.sh"));
            assertThat(plan.changes()).noneMatch(c -> c.type() == ResourceType.HOST);
        }
    }

    private static String cicustomVolume(SandboxTarget t) throws Exception {
        int vmid = t.sandbox.inspect().guests().stream().filter(g -> g.name().equals("vm1")).findFirst().orElseThrow().vmid();
        Map<String, String> config = t.client.node("pve").qemu().config(vmid).values();
        String cicustom = config.get("cicustom");
        assertThat(cicustom).startsWith("user=");
        return cicustom.substring("user=".length());
    }

    private Lab withPackage(String pkg) throws Exception {
        String text = Files.readString(HostStepsSandboxTest.NAT_LAB).replace("    resources: { cores: 1, memory: 1024, disk: 10 }",
                "    resources: { cores: 1, memory: 1024, disk: 10 }\n    role: { packages: [ " + pkg + " ] }");
        Path file = dir.resolve("nat-lab.yaml");
        Files.writeString(file, text);
        return LabFiles.read(file);
    }
}
