package io.labforge.cli;

import io.labforge.app.DeploySession;
import io.labforge.deploy.plan.LabIntent;
import io.labforge.deploy.port.ClusterException;
import io.labforge.deploy.status.GuestStatus;
import io.labforge.deploy.status.LabStatus;
import io.labforge.deploy.status.StatusReader;
import io.labforge.kind.NodeKinds;
import io.labforge.model.Lab;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
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
        PrintWriter err = spec.commandLine().getErr();
        Optional<Lab> lab = DeploySupport.readLab(file, err);
        if (lab.isEmpty()) {
            return LabforgeCli.BAD_INPUT;
        }
        Optional<DeploySession> session = DeploySupport.open(lab.get(), connection, err, "status");
        if (session.isEmpty()) {
            return LabforgeCli.BAD_INPUT;
        }
        try {
            DeploySession s = session.get();
            LabStatus status = new StatusReader(s.engine(), s.cluster(), Clock.systemUTC())
                    .read(LabIntent.of(lab.get(), NodeKinds.builtin(), s.options()));
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
        } catch (ClusterException | IOException e) {
            err.println("labforge status: unable to read the cluster: " + e.getMessage());
            return LabforgeCli.PROBLEMS;
        } finally {
            DeploySupport.close(session.get());
        }
    }
}
