package io.labforge.ui.welcome;

import io.labforge.io.diagram.Rect;
import io.labforge.ui.canvas.LabCanvas;
import io.labforge.ui.canvas.Viewport;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;

import java.util.function.Consumer;

/**
 * Fits a freshly opened sample into the canvas, but never below the zoom at which the canvas writes
 * names, addresses and deploy badges: a newcomer watching a rehearsal should be able to read them.
 * A lab too tall for that is shown from its top-left corner; the rest is a scroll away.
 */
final class ReadableFit {

    /** The canvas draws text and badges from this zoom up. */
    static final double READABLE = 0.3;
    /** Where the lab's top-left corner goes: clear of the banner across the top of the canvas. */
    private static final double LEFT = 24;
    private static final double TOP = 84;

    private ReadableFit() {
    }

    /** Fits now, and once more after the canvas's next change of height (the plan tabs making room). */
    static void apply(LabCanvas canvas, Consumer<Runnable> later) {
        fit(canvas, later);
        canvas.heightProperty().addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable o) {
                canvas.heightProperty().removeListener(this);
                fit(canvas, later);
            }
        });
    }

    /** @param later runs an action after the current event, so the zoom is not changed inside its own notification */
    private static void fit(LabCanvas canvas, Consumer<Runnable> later) {
        long until = System.nanoTime() + 3_000_000_000L; // the fit lands on the next frame; ignore later zooms
        canvas.zoomProperty().addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable o) {
                canvas.zoomProperty().removeListener(this);
                if (System.nanoTime() < until && canvas.zoomProperty().get() < READABLE) {
                    later.accept(() -> enlarge(canvas));
                }
            }
        });
        canvas.fitLater();
    }

    private static void enlarge(LabCanvas canvas) {
        Viewport v = canvas.viewport();
        Rect c = canvas.geometry().content();
        if (c == null) {
            return;
        }
        v.zoomAt(READABLE / v.scale(), v.toScreenX(c.x()), v.toScreenY(c.y()));
        v.pan(LEFT - v.toScreenX(c.x()), TOP - v.toScreenY(c.y()));
    }
}
