package io.labforge.deploy.adapter;

import io.labforge.deploy.engine.CancelToken;
import io.labforge.deploy.engine.Decision;
import io.labforge.deploy.engine.DeployEngine;
import io.labforge.deploy.engine.FailurePolicy;
import io.labforge.deploy.engine.RunResult;
import io.labforge.deploy.event.DeployEvent;
import io.labforge.deploy.event.Outcome;
import io.labforge.deploy.journal.Journal;
import io.labforge.deploy.journal.JournalEntry;
import io.labforge.deploy.plan.Action;
import io.labforge.deploy.plan.Change;
import io.labforge.deploy.plan.DesiredLab;
import io.labforge.deploy.plan.LabIntent;
import io.labforge.deploy.plan.Plan;
import io.labforge.deploy.plan.ResourceType;
import io.labforge.io.LabFiles;
import io.labforge.kind.NodeKinds;
import io.labforge.model.Lab;
import io.labforge.sandbox.host.SandboxHosts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lab network without an uplink, deployed to the sandbox with its nodes' simulated shells: the
 * NAT steps are planned, run before the guest on that network starts, left alone by a second
 * deploy, redone after drift, and undone by destroy.
 */
class HostStepsSandboxTest {

    static final Path NAT_LAB = Path.of(System.getProperty("labforge.project.dir", "."), "src/test/resources/io/labforge/deploy/nat-lab.yaml");
    static final String RULE = "-s 10.20.0.0/24 -o vmbr0 -j MASQUERADE -m comment --comment labforge:nat-lab:lab";
    static final String SYSCTL_FILE = "/etc/sysctl.d/99-labforge-nat-lab.conf";
    static final String INTERFACES_FILE = "/etc/network/interfaces.d/labforge-nat-lab";

    @TempDir
    Path dir;

    @Test
    void withoutANodeShellThePlanSaysWhatWillNotBeDoneAndHowToConfigureIt() throws Exception {
        Lab lab = LabFiles.read(NAT_LAB);
        try (SandboxTarget t = new SandboxTarget(SandboxTarget.config())) {
            Plan plan = t.engine(dir.resolve("j.jsonl")).plan(LabIntent.of(lab, NodeKinds.builtin(), SandboxDeployTest.OPTIONS), e -> { });
            assertThat(plan.changes()).noneMatch(c -> c.type() == ResourceType.HOST);
            assertThat(plan.warnings()).anySatisfy(w -> assertThat(w)
                    .contains("3 step(s) on the Proxmox host will NOT be done").contains("masquerade 10.20.0.0/24 (lab) out through vmbr0 on pve")
                    .contains("--node-ssh root@HOST").contains("nodeSsh").contains("labforge render writes host/nat.sh"));
            assertThat(plan.blockers()).isEmpty();
        }
    }

    @Test
    void deployRunsTheNatStepsBeforeTheGuestStartsReplansNothingAndDestroyUndoesThem() throws Exception {
        Lab lab = LabFiles.read(NAT_LAB);
        DesiredLab desired = LabIntent.of(lab, NodeKinds.builtin(), SandboxDeployTest.OPTIONS);
        Path journal = dir.resolve("nat-lab.jsonl");
        try (SandboxTarget t = new SandboxTarget(SandboxTarget.config())) {
            SandboxHosts hosts = t.sandbox.hosts();
            DeployEngine engine = t.engineWithNodeShell(journal);

            Plan plan = engine.plan(desired, e -> { });
            assertThat(hostChanges(plan)).extracting(Change::id, Change::action).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("pve:forwarding:pve", Action.CREATE),
                    org.assertj.core.groups.Tuple.tuple("pve:nat:lab", Action.CREATE),
                    org.assertj.core.groups.Tuple.tuple("pve:persist:pve", Action.CREATE));
            assertThat(plan.change(ResourceType.HOST, "pve:nat:lab").orElseThrow().reason())
                    .isEqualTo("masquerade 10.20.0.0/24 (lab) out through vmbr0 on pve");

            List<String> order = new CopyOnWriteArrayList<>();
            RunResult r = engine.apply(lab, plan, FailurePolicy.always(Decision.ABORT), new CancelToken(), e -> {
                if (e instanceof DeployEvent.StepStarted s) {
                    order.add("start " + s.step());
                } else if (e instanceof DeployEvent.StepFinished f) {
                    order.add("done " + f.step());
                }
            });
            assertThat(r.outcome()).as(r.failures().toString()).isEqualTo(Outcome.SUCCEEDED);
            assertThat(hosts.natRules("pve", "POSTROUTING")).containsExactly(RULE);
            assertThat(hosts.sysctl("pve", "net.ipv4.ip_forward")).isEqualTo("1");
            assertThat(hosts.file("pve", SYSCTL_FILE)).contains("net.ipv4.ip_forward = 1\n");
            assertThat(hosts.file("pve", INTERFACES_FILE).orElseThrow()).contains("iface vmbr1")
                    .contains("post-up   iptables -t nat -C POSTROUTING " + RULE.replace("labforge:nat-lab:lab", "'labforge:nat-lab:lab'")
                            .replace("10.20.0.0/24", "'10.20.0.0/24'").replace("vmbr0", "'vmbr0'"));
            assertThat(order.indexOf("done pve:forwarding:pve/host")).isLessThan(order.indexOf("start pve:nat:lab/host"));
            assertThat(order.indexOf("done pve:nat:lab/host")).isLessThan(order.indexOf("start pve:persist:pve/host"));
            assertThat(order.indexOf("done pve:persist:pve/host")).isNotNegative().isLessThan(order.indexOf("start vm1/start"));
            List<String> lines = Files.readAllLines(journal);
            assertThat(lines).filteredOn(l -> l.contains(JournalEntry.HOST_STEP_APPLIED) && !l.contains("user-data")).hasSize(3)
                    .anySatisfy(l -> assertThat(l).contains("\"remove\":\"while iptables -t nat -C POSTROUTING"));

            Plan again = engine.plan(desired, e -> { });
            assertThat(again.isEmpty()).as(again.actualChanges().toString()).isTrue();
            assertThat(hostChanges(again)).extracting(Change::action).containsOnly(Action.UNCHANGED).hasSize(3);

            // someone flushes the rule by hand: the next plan shows it as drift and a deploy puts it back
            assertThat(hosts.run("pve", "iptables -t nat -D POSTROUTING " + RULE).status()).isZero();
            Plan drift = engine.plan(desired, e -> { });
            Change nat = drift.change(ResourceType.HOST, "pve:nat:lab").orElseThrow();
            assertThat(nat.action()).isEqualTo(Action.CREATE);
            assertThat(nat.drift()).isTrue();
            assertThat(drift.actualChanges()).containsExactly(nat);
            assertThat(engine.apply(lab, drift, FailurePolicy.always(Decision.ABORT), new CancelToken(), e -> { }).outcome())
                    .isEqualTo(Outcome.SUCCEEDED);
            assertThat(hosts.natRules("pve", "POSTROUTING")).containsExactly(RULE);

            Plan destroy = engine.planDestroy(desired, e -> { });
            assertThat(hostChanges(destroy)).extracting(Change::id, Change::action).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("pve:forwarding:pve", Action.DELETE),
                    org.assertj.core.groups.Tuple.tuple("pve:nat:lab", Action.DELETE),
                    org.assertj.core.groups.Tuple.tuple("pve:persist:pve", Action.DELETE));
            List<String> undo = new CopyOnWriteArrayList<>();
            RunResult gone = engine.apply(lab, destroy, FailurePolicy.always(Decision.ABORT), new CancelToken(), e -> {
                if (e instanceof DeployEvent.StepStarted s) {
                    undo.add(s.step());
                }
            });
            assertThat(gone.outcome()).as(gone.failures().toString()).isEqualTo(Outcome.SUCCEEDED);
            assertThat(undo).containsSubsequence("vm1/delete", "pve:persist:pve/host-remove", "pve:nat:lab/host-remove",
                    "pve:forwarding:pve/host-remove");
            assertThat(hosts.natRules("pve", "POSTROUTING")).isEmpty();
            assertThat(hosts.files("pve")).doesNotContain(SYSCTL_FILE, INTERFACES_FILE);
            assertThat(engine.planDestroy(desired, e -> { }).isEmpty()).isTrue();
        }
    }

    private static List<Change> hostChanges(Plan plan) {
        // the NAT steps; the VM's user-data snippet step is UserDataSnippetSandboxTest's
        return plan.changes().stream().filter(c -> c.type() == ResourceType.HOST && !c.id().contains(":user-data:")).toList();
    }
}
