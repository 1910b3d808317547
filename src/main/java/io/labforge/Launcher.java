package io.labforge;

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
            LabforgeApp.open(args);
        } else {
            System.exit(LabforgeCli.run(args));
        }
    }
}
