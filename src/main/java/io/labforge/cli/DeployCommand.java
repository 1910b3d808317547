package io.labforge.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.labforge.app.DeploySession;
import io.labforge.app.ProvisioningSetup;
import io.labforge.deploy.ProvisioningHook;
import io.labforge.deploy.engine.CancelToken;
import io.labforge.deploy.engine.RunResult;
import io.labforge.deploy.event.DeployListener;
import io.labforge.deploy.plan.DeployOptions;
import io.labforge.deploy.plan.DesiredLab;
import io.labforge.deploy.plan.LabIntent;
import io.labforge.deploy.plan.Plan;
import io.labforge.deploy.port.ClusterException;
import io.labforge.kind.NodeKinds;
import io.labforge.deploy.provision.Overrides;
import io.labforge.model.Lab;
import io.labforge.ssh.HostKeyDecision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code labforge deploy FILE}: plan, ask, apply with live progress. Also resumes an interrupted deploy. */
@Command(name = "deploy", mixinStandardHelpOptions = true,
        description = "Deploy the lab to Proxmox: shows the plan, asks, then applies it with live progress. "
                + "Run it again to resume an interrupted deploy.",
        footer = {"", "Exit codes: 0 deployed (or nothing to do), 1 the deploy failed or was not confirmed, 2 bad input or no connection."})
public final class DeployCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The lab file.")
    Path file;

    @Option(names = {"-y", "--yes"}, description = "Apply without asking (for scripts).")
    boolean yes;

    @Option(names = "--json", description = "Print the plan and the result as JSON (implies --yes; progress goes to stderr).")
    boolean json;

    @Option(names = "--log", description = "Also show the Proxmox task log lines.")
    boolean taskLog;

    @Option(names = "--on-failure", paramLabel = "CHOICE", defaultValue = "ask",
            description = "ask, retry, continue, rollback or abort (default: ${DEFAULT-VALUE}; without a terminal ask means abort).")
    String onFailure;

    @Option(names = "--provision", paramLabel = "PRIVATE_KEY",
            description = "After each guest is ready, apply its role over SSH with this private key (its .pub beside it "
                    + "is what cloud-init installs): generated files are uploaded and the role's script runs. "
                    + "Without it the guests are deployed but not provisioned.")
    Path provisionKey;

    @Option(names = "--known-hosts", paramLabel = "FILE", defaultValue = "${sys:user.home}/.ssh/known_hosts",
            description = "SSH known_hosts checked strictly (default: ${DEFAULT-VALUE}). A new guest's key is shown and "
                    + "asked about (trusted on first use with --yes); a changed key is always refused.")
    Path knownHosts;

    @Mixin
    ConnectionOptions connection;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!java.util.List.of("ask", "retry", "continue", "rollback", "abort").contains(onFailure)) {
            err.println("labforge deploy: --on-failure must be ask, retry, continue, rollback or abort, not '" + onFailure + "'");
            return LabforgeCli.BAD_INPUT;
        }
        Optional<DeploySupport.LabInput> input = DeploySupport.read(file, err);
        if (input.isEmpty()) {
            return LabforgeCli.BAD_INPUT;
        }
        Lab lab = input.get().lab();
        Overrides overrides = input.get().overrides();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintWriter human = json ? err : out;
        Optional<ProvisioningHook> provisioning = provisioning(lab, in, human, err);
        if (provisioning.isEmpty()) {
            return LabforgeCli.BAD_INPUT;
        }
        Optional<DeploySession> session = DeploySupport.open(lab, connection, err, "deploy", provisioning.get());
        if (session.isEmpty()) {
            return LabforgeCli.BAD_INPUT;
        }
        try {
            DesiredLab desired = LabIntent.of(lab, NodeKinds.builtin(), withProvisioningKey(session.get().options().withOverrides(overrides)));
            Plan plan = session.get().engine().plan(desired, e -> { });
            PlanPrinter.text(plan, human);
            if (!plan.blockers().isEmpty()) {
                return LabforgeCli.PROBLEMS;
            }
            if (plan.isEmpty()) {
                return LabforgeCli.OK;
            }
            if (!yes && !json && !confirm(in, out)) {
                out.println("Nothing changed.");
                return LabforgeCli.PROBLEMS;
            }
            String choice = "ask".equals(onFailure) && (json || System.console() == null) ? "abort" : onFailure;
            CancelToken cancel = new CancelToken();
            Thread hook = new Thread(() -> cancel.cancel(false), "labforge-cancel");
            Runtime.getRuntime().addShutdownHook(hook);
            DeployListener progress = new ProgressPrinter(human, taskLog);
            RunResult r = session.get().engine().apply(lab, plan, FailurePrompt.of(choice, in, human), cancel, progress);
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // already shutting down: the hook has cancelled the run
            }
            r.failures().forEach(f -> human.println("  failed: " + f));
            r.addresses().forEach((id, ip) -> human.println("  " + id + ": " + ip));
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("outcome", r.outcome().name().toLowerCase());
                m.put("stepsDone", r.stepsDone());
                m.put("failures", r.failures());
                m.put("addresses", r.addresses());
                m.put("seconds", r.took().toMillis() / 1000.0);
                out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(m));
            }
            return r.succeeded() ? LabforgeCli.OK : LabforgeCli.PROBLEMS;
        } catch (ClusterException | IOException e) {
            err.println("labforge deploy: unable to read the cluster: " + e.getMessage());
            return LabforgeCli.PROBLEMS;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("labforge deploy: interrupted; run it again to resume");
            return LabforgeCli.PROBLEMS;
        } finally {
            DeploySupport.close(session.get());
        }
    }

    private static boolean confirm(BufferedReader in, PrintWriter out) throws IOException {
        out.print("Apply this plan? [y/N] ");
        out.flush();
        String answer = in.readLine();
        return answer != null && (answer.strip().equalsIgnoreCase("y") || answer.strip().equalsIgnoreCase("yes"));
    }

    /** The provisioning hook for {@code --provision}, {@link ProvisioningHook#NONE} without it; empty after an error. */
    private Optional<ProvisioningHook> provisioning(Lab lab, BufferedReader in, PrintWriter human, PrintWriter err) {
        if (provisionKey == null) {
            return Optional.of(ProvisioningHook.NONE);
        }
        if (!Files.isReadable(provisionKey) || Files.isDirectory(provisionKey)) {
            err.println("labforge deploy: cannot use the SSH key " + provisionKey + ": no such readable file "
                    + "(pass the private key, e.g. ~/.ssh/id_ed25519; its .pub must be beside it)");
            return Optional.empty();
        }
        boolean ask = !yes && !json && System.console() != null;
        HostKeyDecision decision = key -> {
            human.println(key.prompt());
            if (!ask) {
                human.println("  trusted on first use (--yes): a new guest of this deploy");
                return true;
            }
            human.print("  [y/N] ");
            human.flush();
            try {
                String answer = in.readLine();
                return answer != null && answer.trim().equalsIgnoreCase("y");
            } catch (IOException e) {
                return false;
            }
        };
        try {
            return Optional.of(ProvisioningSetup.hook(lab, file, provisionKey, knownHosts, decision));
        } catch (IOException | IllegalArgumentException e) {
            err.println("labforge deploy: cannot use the SSH key " + provisionKey + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Guests must authorise the key provisioning logs in with, even when the profile names no key of its own. */
    private DeployOptions withProvisioningKey(DeployOptions options) throws IOException {
        if (provisionKey == null || !options.sshKeys().isEmpty()) {
            return options;
        }
        return new DeployOptions(options.ciUser(), ProvisioningSetup.settings(provisionKey).sshPublicKeys(), options.overrides());
    }
}
