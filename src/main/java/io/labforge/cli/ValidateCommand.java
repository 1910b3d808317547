package io.labforge.cli;

import io.labforge.io.LabFileException;
import io.labforge.io.LabFiles;
import io.labforge.io.LabSource;
import io.labforge.validate.Capacity;
import io.labforge.validate.JsonReportWriter;
import io.labforge.validate.Problem;
import io.labforge.validate.SourceLocation;
import io.labforge.validate.TextReportWriter;
import io.labforge.validate.ValidationReport;
import io.labforge.validate.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

/** {@code labforge validate FILE [--json]}: the rule catalogue on a lab file, for people and for CI. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a lab file: addressing, structure, security zones, services, deployability.",
        footer = {"", "Exit codes: 0 clean or warnings only, 1 errors found, 2 unreadable or invalid file."})
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The lab file (YAML or JSON).")
    Path file;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Option(names = "--node-capacity", paramLabel = "NODE=CORES,MEMORY_MIB,DISK_GIB",
            description = "What a Proxmox node holds, e.g. pve=16,65536,1000 (repeatable); enables the sizing checks.")
    Map<String, String> capacity = new LinkedHashMap<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Validator validator = Validator.standard();
        try {
            if (!capacity.isEmpty()) {
                validator = validator.withCapacity(capacity());
            }
        } catch (IllegalArgumentException e) {
            err.println("labforge validate: " + e.getMessage());
            return LabforgeCli.BAD_INPUT;
        }
        LabSource source;
        try {
            source = LabFiles.readSource(file);
        } catch (LabFileException e) {
            err.println(e.getMessage());
            return LabforgeCli.BAD_INPUT;
        }
        ValidationReport report = validator.validate(source.lab());
        Function<Problem, Optional<SourceLocation>> locator = SourceLocation.locator(source.file(),
                id -> source.locationOf(id).map(at -> new SourceLocation(source.file(), at.line(), at.column())));
        if (json) {
            new JsonReportWriter(source.file(), locator).write(report, out);
        } else {
            new TextReportWriter(locator).write(report, out);
        }
        return report.hasErrors() ? LabforgeCli.PROBLEMS : LabforgeCli.OK;
    }

    private Capacity capacity() {
        Map<String, Capacity.NodeCapacity> nodes = new LinkedHashMap<>();
        capacity.forEach((node, value) -> {
            String[] parts = value.split(",");
            try {
                if (parts.length != 3) {
                    throw new NumberFormatException();
                }
                nodes.put(node, new Capacity.NodeCapacity(Integer.parseInt(parts[0].strip()),
                        Long.parseLong(parts[1].strip()), Long.parseLong(parts[2].strip())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--node-capacity " + node + "=" + value
                        + ": expected NODE=CORES,MEMORY_MIB,DISK_GIB, e.g. pve=16,65536,1000");
            }
        });
        return Capacity.of(nodes);
    }
}
