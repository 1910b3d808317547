package io.labforge.ui;

import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What the documentation's screenshot programs share: grabbing the whole X screen (Xvfb) with ImageMagick's
 * {@code import}, and stepping the window from their own thread.
 */
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

    /** Runs {@code action} on the FX thread and waits for its result. */
    public static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
    }

    /** Waits up to two minutes until {@code condition}, checked on the FX thread, holds. */
    public static void await(String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> onFx(condition));
        } catch (TimeoutException e) {
            throw new IllegalStateException("no " + what + " within 120 s", e);
        }
    }
}
