package io.labforge.app;

import java.util.Map;
import java.util.Optional;

/**
 * Whether the window can open: on Linux and the BSDs it needs an X11 or Wayland session. Checked before
 * the toolkit starts, so a user on a server or over plain SSH gets advice instead of a stack trace.
 */
public final class DisplayCheck {

    /** Exit code when the window cannot open: the same as bad usage. */
    public static final int NO_DISPLAY = 2;

    private DisplayCheck() {
    }

    /** The advice to print when there is no display, or empty when the window may open. */
    public static Optional<String> missing(Map<String, String> env, String osName) {
        String os = osName.toLowerCase();
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return Optional.empty();
        }
        if (!blank(env.get("DISPLAY")) || !blank(env.get("WAYLAND_DISPLAY"))) {
            return Optional.empty();
        }
        return Optional.of(advice("neither DISPLAY nor WAYLAND_DISPLAY is set"));
    }

    /** The same advice when the toolkit itself could not reach the display named in DISPLAY. */
    public static String advice(String why) {
        return "labforge: cannot open the window: " + why + ".\n"
                + "  The designer needs a graphical session. Without one:\n"
                + "  - every command works headless: labforge --help (validate, plan, deploy, export, ...);\n"
                + "  - over SSH, forward X11: ssh -X host, then labforge;\n"
                + "  - on a server, a virtual screen: xvfb-run -a labforge (needs the xvfb package).";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
