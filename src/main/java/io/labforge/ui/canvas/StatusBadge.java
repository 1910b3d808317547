package io.labforge.ui.canvas;

import javafx.scene.paint.Color;

/**
 * A short label drawn on a node's card, e.g. "+ create" from a plan or "running 10.0.10.5" during a
 * deploy. Whoever knows the state (the plan and deploy panels) puts badges into
 * {@link LabCanvas#statusBadges()}; the canvas only draws them.
 */
public record StatusBadge(String text, Color color) {
}
