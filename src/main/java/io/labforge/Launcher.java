package io.labforge;

import io.labforge.app.DisplayCheck;
import io.labforge.cli.LabforgeCli;
import io.labforge.ui.LabforgeApp;

/**
 * Entry point of the jar: no arguments opens the window, anything else is a command line.
 * Deliberately not a JavaFX {@code Application}: with JavaFX on the class path the launcher
 * must be a plain class.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        io.labforge.ui.startup.StartupTrace.mark("main");
        if (args.length == 0) {
            DisplayCheck.missing(System.getenv(), System.getProperty("os.name")).ifPresent(advice -> {
                System.err.println(advice);
                System.exit(DisplayCheck.NO_DISPLAY);
            });
            try {
                LabforgeApp.open(args);
            } catch (UnsupportedOperationException e) {
                // GTK could not open the display DISPLAY names (a closed SSH tunnel, a stopped X server)
                System.err.println(DisplayCheck.advice(String.valueOf(e.getMessage())));
                System.exit(DisplayCheck.NO_DISPLAY);
            }
        } else {
            System.exit(LabforgeCli.run(args));
        }
    }
}
