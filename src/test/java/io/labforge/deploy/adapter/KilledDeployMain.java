package io.labforge.deploy.adapter;

import io.labforge.deploy.ProvisioningHook;
import io.labforge.deploy.engine.CancelToken;
import io.labforge.deploy.engine.Decision;
import io.labforge.deploy.engine.DeployEngine;
import io.labforge.deploy.engine.FailurePolicy;
import io.labforge.deploy.journal.Journal;
import io.labforge.deploy.plan.LabIntent;
import io.labforge.io.LabFiles;
import io.labforge.kind.NodeKinds;
import io.labforge.model.Lab;
import io.labforge.proxmox.Credentials;
import io.labforge.proxmox.ProxmoxClient;
import io.labforge.proxmox.Secret;
import io.labforge.proxmox.nodes.tasks.TaskWaiter;
import io.labforge.proxmox.tls.TlsTrust;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A deploy in its own JVM, for the kill test: args URL TOKEN_ID FINGERPRINT JOURNAL LAB SCALE, the
 * secret in LABFORGE_TOKEN_SECRET. The test kills it hard part-way through.
 */
public final class KilledDeployMain {

    private KilledDeployMain() {
    }

    public static void main(String[] args) throws Exception {
        double scale = Double.parseDouble(args[5]);
        ProxmoxClient client = ProxmoxClient.builder(args[0], new Credentials.ApiToken(args[1], Secret.of(System.getenv("LABFORGE_TOKEN_SECRET"))))
                .trust(TlsTrust.pinned(args[2]))
                .taskSettings(new TaskWaiter.Settings(SandboxTarget.scaled(1, scale), SandboxTarget.scaled(5, scale), Duration.ofMinutes(5), 15))
                .build();
        Lab lab = LabFiles.read(Path.of(args[4]));
        DeployEngine engine = new DeployEngine(new ProxmoxCluster(client, SandboxTarget.settings(scale)), Journal.open(Path.of(args[3])),
                ProvisioningHook.NONE, SandboxTarget.engineSettings(scale));
        engine.apply(lab, engine.plan(LabIntent.of(lab, NodeKinds.builtin(), SandboxDeployTest.OPTIONS), e -> { }),
                FailurePolicy.always(Decision.ABORT), new CancelToken(), e -> { });
        System.exit(0);
    }
}
