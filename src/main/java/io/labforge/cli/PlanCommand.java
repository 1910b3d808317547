package io.labforge.cli;

import io.labforge.app.DeploySession;
import io.labforge.deploy.plan.LabIntent;
import io.labforge.deploy.plan.Plan;
import io.labforge.deploy.port.ClusterException;
import io.labforge.kind.NodeKinds;
import io.labforge.model.Lab;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code labforge plan FILE}: what a deploy would change, changing nothing. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Show what deploying the lab would create, update, replace or delete, and any drift.",
        footer = {"", "Exit codes: 0 nothing to do, 1 changes planned (or the plan cannot be applied), 2 bad input or no connection."})
public final class PlanCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The lab file.")
    Path file;

    @Option(names = "--json", description = "Print the plan as JSON.")
    boolean json;

    @Mixin
    ConnectionOptions connection;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Lab> lab = DeploySupport.readLab(file, err);
        if (lab.isEmpty()) {
            return LabforgeCli.BAD_INPUT;
        }
        Optional<DeploySession> session = DeploySupport.open(lab.get(), connection, err, "plan");
        if (session.isEmpty()) {
            return LabforgeCli.BAD_INPUT;
        }
        try {
            Plan plan = session.get().engine().plan(LabIntent.of(lab.get(), NodeKinds.builtin(), session.get().options()), e -> { });
            if (json) {
                PlanPrinter.json(plan, out);
            } else {
                PlanPrinter.text(plan, out);
            }
            return plan.isEmpty() && plan.blockers().isEmpty() ? LabforgeCli.OK : LabforgeCli.PROBLEMS;
        } catch (ClusterException | IOException e) {
            err.println("labforge plan: unable to read the cluster: " + e.getMessage());
            return LabforgeCli.PROBLEMS;
        } finally {
            DeploySupport.close(session.get());
        }
    }
}
