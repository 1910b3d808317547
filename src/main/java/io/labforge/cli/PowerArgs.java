package io.labforge.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/** What {@code start} and {@code stop} both take: the lab file and how to report. */
final class PowerArgs {

    @Parameters(index = "0", paramLabel = "FILE", description = "The lab file.")
    Path file;

    @Option(names = "--json", description = "Print the result as JSON on stdout (progress goes to stderr).")
    boolean json;

    @Option(names = "--log", description = "Also show the Proxmox task log lines.")
    boolean taskLog;
}
