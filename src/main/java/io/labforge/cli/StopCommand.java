package io.labforge.cli;

import io.labforge.deploy.power.Direction;
import io.labforge.deploy.power.PowerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.time.Duration;
import java.util.concurrent.Callable;

/** {@code labforge stop FILE}: shuts the lab's guests down in reverse dependency order. */
@Command(name = "stop", mixinStandardHelpOptions = true,
        description = "Shut the lab's guests down in reverse dependency order: workloads and Kubernetes workers first, "
                + "then control planes, databases, the load balancer, bastion and DNS, and the firewall last. "
                + "A guest that has not shut down within the timeout is stopped hard.",
        footer = {"", "Exit codes: 0 all stopped, 1 refused (missing privileges) or a guest failed, 2 bad input or no connection."})
public final class StopCommand implements Callable<Integer> {

    @Mixin
    PowerArgs args;

    @Option(names = "--force", description = "Stop hard at once (like pulling the plug) instead of asking each guest to shut down.")
    boolean force;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "How long each guest gets to shut down before it is stopped hard (default: ${DEFAULT-VALUE}).")
    int timeout;

    @Mixin
    ConnectionOptions connection;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (timeout < 1) {
            spec.commandLine().getErr().println("labforge stop: --timeout must be at least 1 second, not " + timeout);
            return LabforgeCli.BAD_INPUT;
        }
        return PowerRun.run(Direction.STOP, args.file, connection, new PowerOptions(force, Duration.ofSeconds(timeout)), args.json, args.taskLog,
                spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
