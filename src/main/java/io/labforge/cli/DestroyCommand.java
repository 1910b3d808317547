package io.labforge.cli;

import io.labforge.deploy.engine.CancelToken;
import io.labforge.deploy.engine.RunResult;
import io.labforge.deploy.plan.LabIntent;
import io.labforge.deploy.plan.Plan;
import io.labforge.kind.NodeKinds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code labforge destroy FILE}: removes exactly what the lab owns, after the user types its name. */
@Command(name = "destroy", mixinStandardHelpOptions = true,
        description = "Remove the lab's guests, the bridges and the pool Labforge created for it - and nothing else "
                + "(each object must carry the lab's marker and be recorded in the journal).",
        footer = {"", "Exit codes: 0 removed (or nothing to remove), 1 not confirmed or a removal failed, 2 bad input or no connection."})
public final class DestroyCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The lab file.")
    Path file;

    @Option(names = "--confirm", paramLabel = "NAME", description = "The lab's name, to destroy without asking (for scripts).")
    String confirm;

    @Option(names = "--log", description = "Also show the Proxmox task log lines.")
    boolean taskLog;

    @Mixin
    ConnectionOptions connection;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<DeploySupport.LabInput> read = DeploySupport.read(file, err);
        if (read.isEmpty()) {
            return LabforgeCli.BAD_INPUT;
        }
        if (confirm != null && !confirm.equals(read.get().lab().name())) {
            err.println("labforge destroy: --confirm '" + confirm + "' does not match the lab's name '" + read.get().lab().name() + "'");
            return LabforgeCli.BAD_INPUT;
        }
        return DeploySupport.withSession(read.get().lab(), read.get().overrides(), connection, err, "destroy", (lab, session, options) -> {
            Plan plan = session.engine().planDestroy(LabIntent.of(lab, NodeKinds.builtin(), options), e -> { });
            PlanPrinter.text(plan, out);
            if (!plan.blockers().isEmpty()) {
                return LabforgeCli.PROBLEMS;
            }
            if (plan.isEmpty()) {
                return LabforgeCli.OK;
            }
            if (confirm == null) {
                out.print("Type the lab's name (" + lab.name() + ") to destroy it: ");
                out.flush();
                String typed = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (typed == null || !typed.strip().equals(lab.name())) {
                    out.println("Not confirmed; nothing changed.");
                    return LabforgeCli.PROBLEMS;
                }
            }
            RunResult r = session.engine().apply(lab, plan, FailurePrompt.of("retry", null, out), new CancelToken(),
                    new ProgressPrinter(out, taskLog));
            r.failures().forEach(f -> out.println("  failed: " + f));
            return r.succeeded() ? LabforgeCli.OK : LabforgeCli.PROBLEMS;
        });
    }
}
