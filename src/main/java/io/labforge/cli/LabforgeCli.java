package io.labforge.cli;

import picocli.CommandLine;

import java.io.PrintWriter;

/** Runs the command line and maps the outcome to the documented exit codes. */
public final class LabforgeCli {

    /** Everything fine (warnings allowed). */
    public static final int OK = 0;
    /** Problems found, or a deploy failed. */
    public static final int PROBLEMS = 1;
    /** Bad usage or unreadable input. */
    public static final int BAD_INPUT = 2;

    private LabforgeCli() {
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cmd = new CommandLine(new LabforgeCommand());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExitCodeExceptionMapper(e -> BAD_INPUT);
        cmd.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("labforge: " + ex.getMessage());
            ex.getCommandLine().getErr().println(
                    "Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return BAD_INPUT;
        });
        cmd.setExecutionExceptionHandler((ex, c, parsed) -> {
            // Last line of defence: a bug must still not print a stack trace at the user.
            c.getErr().println("labforge: internal error: " + ex.getClass().getSimpleName()
                    + (ex.getMessage() == null ? "" : ": " + ex.getMessage()));
            return BAD_INPUT;
        });
        return cmd.execute(args);
    }
}
