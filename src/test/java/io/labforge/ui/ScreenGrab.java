package io.labforge.ui;

import java.nio.file.Path;

/** The documentation's screenshot programs grab the whole X screen (Xvfb) with ImageMagick's {@code import}. */
public final class ScreenGrab {

    private ScreenGrab() {
    }

    public static void root(Path file) throws Exception {
        Process p = new ProcessBuilder("import", "-window", "root", file.toString()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("import failed for " + file);
        }
        System.out.println("wrote " + file);
    }
}
