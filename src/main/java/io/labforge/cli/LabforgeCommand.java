package io.labforge.cli;

import picocli.CommandLine.Command;

/** The root command; with no arguments the launcher opens the window instead. */
@Command(
        name = "labforge",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Draw, validate and deploy homelabs to Proxmox VE.%n"
                + "Run without arguments to open the designer window.",
        subcommands = {
                picocli.CommandLine.HelpCommand.class,
                ValidateCommand.class,
                BenchCommand.class,
                ProbeCommand.class,
                SandboxCommand.class,
                PlanCommand.class,
                DeployCommand.class,
                DestroyCommand.class,
                StartCommand.class,
                StopCommand.class,
                StatusCommand.class,
                ImportCommand.class,
                RenderCommand.class,
                ExportCommand.class,
        },
        footer = {"", "Exit codes: 0 ok, 1 problems found or deploy failed, 2 bad usage or unreadable input."})
public final class LabforgeCommand {
}
