package io.labforge.cli;

import io.labforge.deploy.plan.LabIntent;
import io.labforge.deploy.plan.Plan;
import io.labforge.kind.NodeKinds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
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
        return DeploySupport.withSession(file, connection, spec.commandLine().getErr(), "plan", (lab, session, options) -> {
            Plan plan = session.engine().plan(LabIntent.of(lab, NodeKinds.builtin(), options), e -> { });
            if (json) {
                PlanPrinter.json(plan, out);
            } else {
                PlanPrinter.text(plan, out);
            }
            return plan.isEmpty() && plan.blockers().isEmpty() ? LabforgeCli.OK : LabforgeCli.PROBLEMS;
        });
    }
}
