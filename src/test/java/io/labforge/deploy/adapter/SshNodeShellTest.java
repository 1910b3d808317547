package io.labforge.deploy.adapter;

import io.labforge.deploy.connect.NodeSsh;
import io.labforge.deploy.engine.CancelToken;
import io.labforge.deploy.engine.Decision;
import io.labforge.deploy.engine.DeployEngine;
import io.labforge.deploy.engine.FailurePolicy;
import io.labforge.deploy.event.Outcome;
import io.labforge.deploy.journal.Journal;
import io.labforge.deploy.plan.Action;
import io.labforge.deploy.plan.Change;
import io.labforge.deploy.plan.DesiredLab;
import io.labforge.deploy.plan.HostIntent;
import io.labforge.deploy.plan.LabIntent;
import io.labforge.deploy.plan.Plan;
import io.labforge.deploy.plan.ResourceType;
import io.labforge.deploy.provision.HostSteps;
import io.labforge.deploy.provision.LabFacts;
import io.labforge.io.LabFiles;
import io.labforge.kind.NodeKinds;
import io.labforge.model.Lab;
import io.labforge.ssh.HostKeyDecision;
import io.labforge.ssh.MinaServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Host steps over real SSH: an in-process SSH server runs each command through {@code /bin/sh -c}
 * with stand-in {@code iptables} and {@code sysctl} first on PATH that log every call one argument
 * per bracket (so quoting shows) and keep their state in files. The host's files live under a
 * scratch root.
 */
class SshNodeShellTest {

    static final String IPTABLES = """
            #!/bin/sh
            { printf 'iptables'; for a in "$@"; do printf ' [%s]' "$a"; done; printf '\\n'; } >> "$CALLS"
            [ "$1 $2" = "-t nat" ] || exit 2
            op=$3; shift 4; rule="$*"
            touch "$TABLE"
            case $op in
              -C) grep -qxF -- "$rule" "$TABLE" ;;
              -A) printf '%s\\n' "$rule" >> "$TABLE" ;;
              -D) grep -qxF -- "$rule" "$TABLE" || exit 1
                  grep -vxF -- "$rule" "$TABLE" > "$TABLE.new"; mv "$TABLE.new" "$TABLE" ;;
              *) exit 2 ;;
            esac
            """;
    static final String SYSCTL = """
            #!/bin/sh
            { printf 'sysctl'; for a in "$@"; do printf ' [%s]' "$a"; done; printf '\\n'; } >> "$CALLS"
            case $1 in
              -n) cat "$FORWARD" 2>/dev/null || echo 0 ;;
              -w) printf '%s\\n' "${2#*=}" > "$FORWARD"; echo "${2%%=*} = ${2#*=}" ;;
              *) exit 2 ;;
            esac
            """;
    static final String RULE_ARGS = "[-s] [10.20.0.0/24] [-o] [vmbr0] [-j] [MASQUERADE] [-m] [comment] [--comment] [labforge:nat-lab:lab]";

    @TempDir
    Path dir;

    @Test
    void deployRunsTheStepsInOrderWithEveryArgumentIntactAndDestroyRemovesThem() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        stub(bin.resolve("iptables"), IPTABLES);
        stub(bin.resolve("sysctl"), SYSCTL);
        Path root = dir.resolve("root");
        Files.createDirectories(root.resolve("etc/sysctl.d"));
        Files.createDirectories(root.resolve("etc/network/interfaces.d"));
        Files.writeString(root.resolve("etc/network/interfaces"), "auto lo\nsource /etc/network/interfaces.d/*\n");
        Path calls = dir.resolve("calls.log");
        Path table = dir.resolve("nat.table");
        Map<String, String> env = Map.of("PATH", bin + ":/usr/bin:/bin", "CALLS", calls.toString(),
                "TABLE", table.toString(), "FORWARD", dir.resolve("ip_forward").toString());

        Lab lab = LabFiles.read(HostStepsSandboxTest.NAT_LAB);
        LabFacts facts = new LabFacts(lab, NodeKinds.builtin());
        DesiredLab desired = withHostRoot(LabIntent.of(lab, NodeKinds.builtin(), SandboxDeployTest.OPTIONS), facts, root);
        try (MinaServer server = MinaServer.start(dir.resolve("ssh"), env);
             SandboxTarget t = new SandboxTarget(SandboxTarget.config())) {
            server.trustInKnownHosts();
            SshNodeShell shell = new SshNodeShell(server.client(HostKeyDecision.REJECT), new NodeSsh("labforge", "127.0.0.1", server.port(), "pve"));
            DeployEngine engine = new DeployEngine(t.cluster, Journal.open(dir.resolve("j.jsonl")), io.labforge.deploy.ProvisioningHook.NONE,
                    SandboxTarget.engineSettings(SandboxTarget.SCALE), Optional.of(shell));

            Plan plan = engine.plan(desired, e -> { });
            assertThat(plan.changes()).filteredOn(c -> c.type() == ResourceType.HOST).extracting(Change::action)
                    .containsExactly(Action.CREATE, Action.CREATE, Action.CREATE);
            assertThat(Files.readAllLines(calls)).containsExactly(
                    "sysctl [-n] [net.ipv4.ip_forward]",
                    "iptables [-t] [nat] [-C] [POSTROUTING] " + RULE_ARGS);

            assertThat(engine.apply(lab, plan, FailurePolicy.always(Decision.ABORT), new CancelToken(), e -> { }).outcome())
                    .isEqualTo(Outcome.SUCCEEDED);
            assertThat(Files.readAllLines(calls).subList(2, Files.readAllLines(calls).size())).containsExactly(
                    "sysctl [-w] [net.ipv4.ip_forward=1]",
                    "iptables [-t] [nat] [-C] [POSTROUTING] " + RULE_ARGS,
                    "iptables [-t] [nat] [-A] [POSTROUTING] " + RULE_ARGS);
            assertThat(Files.readAllLines(table)).containsExactly("-s 10.20.0.0/24 -o vmbr0 -j MASQUERADE -m comment --comment labforge:nat-lab:lab");
            assertThat(Files.readString(root.resolve("etc/sysctl.d/99-labforge-nat-lab.conf"))).isEqualTo("net.ipv4.ip_forward = 1\n");
            HostSteps steps = new HostSteps(facts, root.toString());
            Path snippet = root.resolve("etc/network/interfaces.d/labforge-nat-lab");
            assertThat(Files.readString(snippet)).isEqualTo(steps.interfacesSnippet(lab.node("pve").orElseThrow(),
                    steps.natNetworks(lab.node("pve").orElseThrow()), "vmbr0"));

            Plan again = engine.plan(desired, e -> { });
            assertThat(again.isEmpty()).as(again.actualChanges().toString()).isTrue();

            int before = Files.readAllLines(calls).size();
            Plan destroy = engine.planDestroy(desired, e -> { });
            assertThat(engine.apply(lab, destroy, FailurePolicy.always(Decision.ABORT), new CancelToken(), e -> { }).outcome())
                    .isEqualTo(Outcome.SUCCEEDED);
            List<String> log = Files.readAllLines(calls);
            assertThat(log.subList(before, log.size())).containsExactly(
                    "iptables [-t] [nat] [-C] [POSTROUTING] " + RULE_ARGS,
                    "iptables [-t] [nat] [-D] [POSTROUTING] " + RULE_ARGS,
                    "iptables [-t] [nat] [-C] [POSTROUTING] " + RULE_ARGS);
            assertThat(Files.readAllLines(table)).isEmpty();
            assertThat(snippet).doesNotExist();
            assertThat(root.resolve("etc/sysctl.d/99-labforge-nat-lab.conf")).doesNotExist();
        }
    }

    @Test
    void aNodeWhoseHostKeyIsNotKnownBlocksThePlanAndSaysWhy() throws Exception {
        Lab lab = LabFiles.read(HostStepsSandboxTest.NAT_LAB);
        try (MinaServer server = MinaServer.start(dir.resolve("ssh"));
             SandboxTarget t = new SandboxTarget(SandboxTarget.config())) {
            SshNodeShell shell = new SshNodeShell(server.client(HostKeyDecision.REJECT), new NodeSsh("root", "127.0.0.1", server.port(), "pve"));
            DeployEngine engine = new DeployEngine(t.cluster, Journal.open(dir.resolve("j.jsonl")), io.labforge.deploy.ProvisioningHook.NONE,
                    SandboxTarget.engineSettings(SandboxTarget.SCALE), Optional.of(shell));
            Plan plan = engine.plan(LabIntent.of(lab, NodeKinds.builtin(), SandboxDeployTest.OPTIONS), e -> { });
            assertThat(plan.blockers()).anySatisfy(b -> assertThat(b)
                    .contains("unable to check host step pve:forwarding:pve on pve: root@127.0.0.1:" + server.port())
                    .contains("is not in").contains("known_hosts"));
            assertThat(server.commands).isEmpty();
        }
    }

    private static DesiredLab withHostRoot(DesiredLab d, LabFacts facts, Path root) {
        return new DesiredLab(d.lab(), d.tag(), d.pool(), d.storage(), d.defaultNode(), d.guests(), d.bridges(),
                new HostIntent(new HostSteps(facts, root.toString()).steps(), List.of()), d.provisionAfter());
    }

    private static void stub(Path file, String script) throws Exception {
        Files.writeString(file, script);
        file.toFile().setExecutable(true);
    }
}
