package io.labforge.ui.startup;

import javafx.animation.AnimationTimer;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.robot.Robot;
import javafx.stage.Window;

/**
 * Runs an action on the FX thread once the window's first frame is on the screen. The first pulse
 * renders the scene, but on Linux the window is mapped and exposed asynchronously, and the pixels reach
 * the X server only after the FX thread has handled that expose event in the GTK event loop (measured:
 * starting a long action at the second pulse kept the window blank until the action ended). So on
 * Linux each pulse looks at the middle of the window on the screen, as the start-up bench does, and the
 * action runs once it is no longer one flat colour, or after {@code -Dlabforge.firstFrameMaxWaitMs}
 * (default 10000) ms at the latest;
 * elsewhere it runs after a few pulses and {@code -Dlabforge.firstFrameIdleMs} (default 300) ms.
 */
public final class AfterFirstFrame extends AnimationTimer {

    private static final int MIN_PULSES = 3;
    private static final long MAX_WAIT_MS = Long.getLong("labforge.firstFrameMaxWaitMs", 10_000);
    private static final long IDLE_MS = Long.getLong("labforge.firstFrameIdleMs", 300);
    private static final boolean LOOK = System.getProperty("os.name", "").startsWith("Linux");

    private final Window window;
    private final Runnable action;
    private Robot robot;
    private int pulses;
    private long first;

    private AfterFirstFrame(Window window, Runnable action) {
        this.window = window;
        this.action = action;
    }

    /** @param window the window whose first frame must be on the screen */
    public static void run(Window window, Runnable action) {
        new AfterFirstFrame(window, action).start();
    }

    @Override
    public void handle(long now) {
        if (pulses++ == 0) {
            first = now;
            return;
        }
        long waited = (now - first) / 1_000_000;
        boolean done = pulses >= MIN_PULSES && (LOOK ? onScreen() || waited >= MAX_WAIT_MS : waited >= IDLE_MS);
        if (done) {
            stop();
            javafx.application.Platform.runLater(action);
        }
    }

    private boolean onScreen() {
        try {
            if (robot == null) {
                robot = new Robot();
            }
            double w = Math.min(400, window.getWidth());
            double h = Math.min(300, window.getHeight());
            Rectangle2D middle = new Rectangle2D(window.getX() + (window.getWidth() - w) / 2,
                    window.getY() + (window.getHeight() - h) / 2, w, h);
            WritableImage shot = robot.getScreenCapture(null, middle, false);
            PixelReader px = shot.getPixelReader();
            int firstColour = px.getArgb(0, 0);
            for (int y = 0; y < (int) shot.getHeight(); y += 2) {
                for (int x = 0; x < (int) shot.getWidth(); x += 2) {
                    if (px.getArgb(x, y) != firstColour) {
                        return true;
                    }
                }
            }
            return false;
        } catch (RuntimeException e) {
            return true; // no screen to look at (a headless test platform): the pulses are all there is
        }
    }
}
