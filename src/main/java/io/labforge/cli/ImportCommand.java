package io.labforge.cli;

import io.labforge.deploy.importer.ImportSource;
import io.labforge.deploy.port.Guest;
import io.labforge.io.LabFiles;
import io.labforge.deploy.provision.Overrides;
import io.labforge.model.Lab;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code labforge import -o FILE}: an existing cluster's VMs, containers and bridges as a new lab file. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Read an existing Proxmox cluster (VMs, containers, bridges, SDN vnets) into a new lab file.",
        footer = {"", "Exit codes: 0 written, 1 the cluster could not be read, 2 bad input or no connection."})
public final class ImportCommand implements Callable<Integer> {

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The lab file to write (must not exist).")
    Path output;

    @Option(names = "--name", paramLabel = "NAME", description = "Name of the new lab (default: the file name).")
    String name;

    @Option(names = "--force", description = "Overwrite an existing file.")
    boolean force;

    @Mixin
    ConnectionOptions connection;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (Files.exists(output) && !force) {
            err.println("labforge import: " + output + " exists; choose another file or add --force");
            return LabforgeCli.BAD_INPUT;
        }
        String labName = name != null ? name : output.getFileName().toString().replaceFirst("\\.(ya?ml|json)$", "");
        return DeploySupport.withSession(Lab.empty(labName), Overrides.NONE, connection, err, "import", (placeholder, session, options) -> {
            try {
                ImportSource source = new ImportSource(session.cluster());
                Lab lab = source.read(labName, source.candidates().stream().map(Guest::vmid).toList());
                LabFiles.write(lab, output);
                out.println("Wrote " + output + ": " + lab.nodes().size() + " guests, " + lab.networks().size() + " networks. "
                        + "Templates are not set: choose them (or ISOs) before deploying.");
                return LabforgeCli.OK;
            } catch (Exception e) {
                err.println("labforge import: " + e.getMessage());
                return LabforgeCli.PROBLEMS;
            }
        });
    }
}
