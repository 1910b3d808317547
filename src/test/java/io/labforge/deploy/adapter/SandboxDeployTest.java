package io.labforge.deploy.adapter;

import io.labforge.deploy.engine.CancelToken;
import io.labforge.deploy.engine.Decision;
import io.labforge.deploy.engine.DeployEngine;
import io.labforge.deploy.engine.FailurePolicy;
import io.labforge.deploy.engine.RunResult;
import io.labforge.deploy.event.DeployEvent;
import io.labforge.deploy.event.Outcome;
import io.labforge.deploy.plan.DeployOptions;
import io.labforge.deploy.plan.DesiredLab;
import io.labforge.deploy.plan.LabIntent;
import io.labforge.deploy.plan.Plan;
import io.labforge.io.LabFiles;
import io.labforge.kind.NodeKinds;
import io.labforge.model.Lab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxDeployTest {

    static final Path HOMELAB = Path.of(System.getProperty("labforge.project.dir", "."), "assets/samples/homelab.yaml");
    static final DeployOptions OPTIONS = new DeployOptions("labforge", List.of("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGxhYmZvcmdlLXRlc3Qta2V5LW5vdC1yZWFs test@labforge"));

    @TempDir
    Path dir;

    @Test
    void theSeedHomelabDeploysReplansEmptyAndDestroysToNothing() throws Exception {
        Lab lab = LabFiles.read(HOMELAB);
        DesiredLab desired = LabIntent.of(lab, NodeKinds.builtin(), OPTIONS);
        try (SandboxTarget t = new SandboxTarget(SandboxTarget.config())) {
            DeployEngine engine = t.engine(dir.resolve("homelab.jsonl"));
            List<DeployEvent> events = new CopyOnWriteArrayList<>();
            Plan plan = engine.plan(desired, events::add);
            assertThat(plan.blockers()).isEmpty();

            RunResult r = engine.apply(lab, plan, FailurePolicy.always(Decision.ABORT), new CancelToken(), events::add);

            assertThat(r.failures()).isEmpty();
            assertThat(r.outcome()).isEqualTo(Outcome.SUCCEEDED);
            Plan again = engine.plan(desired, e -> { });
            assertThat(again.actualChanges()).as(again.actualChanges().toString()).isEmpty();

            RunResult gone = engine.apply(lab, engine.planDestroy(desired, e -> { }), FailurePolicy.always(Decision.ABORT), new CancelToken(), e -> { });
            assertThat(gone.failures()).isEmpty();
            assertThat(engine.plan(desired.empty(), e -> { }).actualChanges()).isEmpty();
        }
    }
}
