package io.labforge.cli;

import io.labforge.deploy.power.Direction;
import io.labforge.deploy.power.PowerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code labforge start FILE}: starts every guest the lab owns, tier by tier, each tier ready before the next. */
@Command(name = "start", mixinStandardHelpOptions = true,
        description = "Start the lab's guests in dependency order: firewall and routers first, then bastion, DNS and "
                + "domain controllers, the load balancer, databases, Kubernetes control planes, and workloads last; "
                + "each tier is really ready (guest agent, address) before the next starts.",
        footer = {"", "Exit codes: 0 all started, 1 refused (missing privileges) or a guest failed, 2 bad input or no connection."})
public final class StartCommand implements Callable<Integer> {

    @Mixin
    PowerArgs args;

    @Mixin
    ConnectionOptions connection;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return PowerRun.run(Direction.START, args.file, connection, PowerOptions.DEFAULT, args.json, args.taskLog,
                spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
