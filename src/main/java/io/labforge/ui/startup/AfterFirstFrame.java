package io.labforge.ui.startup;

import javafx.animation.AnimationTimer;

/**
 * Runs an action on the FX thread once the window's first frame is on the screen. The first pulse
 * renders the scene, but on Linux the window is mapped and exposed asynchronously, and the frame that
 * reaches the screen is the one rendered after the FX thread has handled that expose event in the GTK
 * event loop. So the action waits for a few pulses and a short idle time with the event loop running
 * (measured: starting a long action at the second pulse kept the window blank until the action ended).
 * {@code -Dlabforge.firstFrameIdleMs} changes the idle time (default 300).
 */
public final class AfterFirstFrame extends AnimationTimer {

    private static final int MIN_PULSES = 3;
    private static final long MIN_IDLE_NANOS = Long.getLong("labforge.firstFrameIdleMs", 300) * 1_000_000L;

    private final Runnable action;
    private int pulses;
    private long first;

    private AfterFirstFrame(Runnable action) {
        this.action = action;
    }

    public static void run(Runnable action) {
        new AfterFirstFrame(action).start();
    }

    @Override
    public void handle(long now) {
        if (pulses++ == 0) {
            first = now;
        } else if (pulses >= MIN_PULSES && now - first >= MIN_IDLE_NANOS) {
            stop();
            javafx.application.Platform.runLater(action);
        }
    }
}
