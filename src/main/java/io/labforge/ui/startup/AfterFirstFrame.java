package io.labforge.ui.startup;

import javafx.animation.AnimationTimer;

/**
 * Runs an action on the FX thread once the window's first frame is on the screen. A pulse does not
 * start while the previous frame is still being rendered, so the second pulse means the first frame
 * was painted; the action runs then, outside the pulse.
 */
public final class AfterFirstFrame extends AnimationTimer {

    private final Runnable action;
    private int pulses;

    private AfterFirstFrame(Runnable action) {
        this.action = action;
    }

    public static void run(Runnable action) {
        new AfterFirstFrame(action).start();
    }

    @Override
    public void handle(long now) {
        if (++pulses == 2) {
            stop();
            javafx.application.Platform.runLater(action);
        }
    }
}
