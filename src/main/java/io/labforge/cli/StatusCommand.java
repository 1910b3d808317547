package io.labforge.cli;

import io.labforge.deploy.plan.LabIntent;
import io.labforge.deploy.status.GuestStatus;
import io.labforge.deploy.status.LabStatus;
import io.labforge.deploy.status.StatusReader;
import io.labforge.kind.NodeKinds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

/** {@code labforge status FILE}: what of the lab is deployed, where, powered how, with which addresses. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show what of the lab is deployed: VMID, node, power state, addresses, and pending changes.",
        footer = {"", "Exit codes: 0 deployed and in sync, 1 something missing or different, 2 bad input or no connection."})
public final class StatusCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The lab file.")
    Path file;

    @Mixin
    ConnectionOptions connection;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        return DeploySupport.withSession(file, connection, spec.commandLine().getErr(), "status", (lab, s, options) -> {
            LabStatus status = new StatusReader(s.engine(), s.cluster(), Clock.systemUTC())
                    .read(LabIntent.of(lab, NodeKinds.builtin(), options));
            out.printf("%-18s %-7s %-10s %-9s %-16s %s%n", "NODE", "VMID", "PROXMOX", "POWER", "ADDRESS", "STATE");
            for (GuestStatus g : status.guests()) {
                if (g.missing()) {
                    out.printf("%-18s %-7s %-10s %-9s %-16s %s%n", g.id(), "-", "-", "-", "-", g.stateText());
                    continue;
                }
                String ip = g.addresses().isEmpty() ? "-" : String.join(",", g.addresses());
                out.printf("%-18s %-7d %-10s %-9s %-16s %s%n", g.id(), g.vmid(), g.node(), g.power().name().toLowerCase(), ip,
                        g.stateText());
            }
            status.warnings().forEach(w -> out.println("warning: " + w));
            return status.inSync() ? LabforgeCli.OK : LabforgeCli.PROBLEMS;
        });
    }
}
