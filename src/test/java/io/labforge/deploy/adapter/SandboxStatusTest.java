package io.labforge.deploy.adapter;

import io.labforge.deploy.engine.CancelToken;
import io.labforge.deploy.engine.Decision;
import io.labforge.deploy.engine.DeployEngine;
import io.labforge.deploy.engine.FailurePolicy;
import io.labforge.deploy.event.Outcome;
import io.labforge.deploy.plan.Action;
import io.labforge.deploy.plan.DesiredLab;
import io.labforge.deploy.plan.LabIntent;
import io.labforge.deploy.port.PowerState;
import io.labforge.deploy.status.GuestStatus;
import io.labforge.deploy.status.LabStatus;
import io.labforge.deploy.status.StatusReader;
import io.labforge.io.LabFiles;
import io.labforge.kind.NodeKinds;
import io.labforge.model.Lab;
import io.labforge.proxmox.nodes.qemu.QemuOptions;
import io.labforge.sandbox.SandboxInspector.GuestInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code labforge status} and the window's live badges read the sandbox through the real client. */
class SandboxStatusTest {

    @TempDir
    Path dir;

    @Test
    void readsPowerAddressesMissingGuestsAndDriftOfTheDeployedHomelab() throws Exception {
        Lab lab = LabFiles.read(SandboxDeployTest.HOMELAB);
        DesiredLab desired = LabIntent.of(lab, NodeKinds.builtin(), SandboxDeployTest.OPTIONS);
        try (SandboxTarget t = new SandboxTarget(SandboxTarget.config())) {
            DeployEngine engine = t.engine(dir.resolve("homelab.jsonl"));
            StatusReader reader = new StatusReader(engine, t.cluster, Clock.systemUTC());

            LabStatus before = reader.read(desired);
            assertThat(before.anyDeployed()).isFalse();
            assertThat(before.guests()).allSatisfy(g -> assertThat(g.stateText()).isEqualTo("not deployed"));

            assertThat(engine.apply(lab, engine.plan(desired, e -> { }), FailurePolicy.always(Decision.ABORT), new CancelToken(),
                    e -> { }).outcome()).isEqualTo(Outcome.SUCCEEDED);
            LabStatus deployed = reader.read(desired);
            assertThat(deployed.inSync()).isTrue();
            assertThat(deployed.guests()).allSatisfy(g -> {
                assertThat(g.power()).isEqualTo(PowerState.RUNNING);
                assertThat(g.pending()).isEqualTo(Action.UNCHANGED);
                assertThat(g.drift()).isFalse();
            });
            assertThat(guest(deployed, "lb1").addresses()).contains("10.10.10.10");

            GuestInfo lb1 = info(t, "lb1");
            GuestInfo db1 = info(t, "db1");
            GuestInfo ws1 = info(t, "ws1");
            t.client.node(lb1.node()).qemu().stop(lb1.vmid());
            t.client.node(db1.node()).qemu().updateConfigSync(db1.vmid(), QemuOptions.create().cores(7));
            t.client.node(ws1.node()).qemu().stop(ws1.vmid());
            t.client.node(ws1.node()).qemu().delete(ws1.vmid(), true, true);

            long t0 = System.nanoTime();
            LabStatus after = reader.read(desired);
            System.out.printf("status read of the deployed homelab (%d guests) on the sandbox: %d ms%n",
                    after.guests().size(), (System.nanoTime() - t0) / 1_000_000);
            assertThat(after.inSync()).isFalse();
            assertThat(guest(after, "lb1").power()).isEqualTo(PowerState.STOPPED);
            assertThat(guest(after, "lb1").addresses()).isEmpty();
            assertThat(guest(after, "lb1").drift()).as("powered off is not drift").isFalse();
            assertThat(guest(after, "db1").drift()).isTrue();
            assertThat(guest(after, "db1").stateText()).isEqualTo("update pending (drift)");
            assertThat(guest(after, "ws1").missing()).isTrue();
            assertThat(guest(after, "mon1").stateText()).isEqualTo("in sync");
        }
    }

    private static GuestStatus guest(LabStatus s, String id) {
        return s.guests().stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
    }

    private static GuestInfo info(SandboxTarget t, String name) {
        return t.sandbox.inspect().guests().stream().filter(g -> name.equals(g.name()) && !g.template()).findFirst().orElseThrow();
    }
}
