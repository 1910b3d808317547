package io.labforge.ui.canvas;

import javafx.scene.paint.Color;

/** The canvas colours of one theme; zone and category hues come from the diagram palette in both. */
public record CanvasColors(Color background, Color grid, Color cardFill, Color cardBorder, Color shadow, Color text,
                           Color muted, Color selection, Color groupFill, Color groupBorder, Color error, Color warning) {

    public static final CanvasColors LIGHT = new CanvasColors(
            Color.web("#f6f8fa"), Color.web("#d0d7de"), Color.WHITE, Color.web("#d0d7de"), Color.web("#1f232818"),
            Color.web("#1f2328"), Color.web("#59636e"), Color.web("#0969da"), Color.web("#8c959f12"),
            Color.web("#8c959f"), Color.web("#cf222e"), Color.web("#9a6700"));

    public static final CanvasColors DARK = new CanvasColors(
            Color.web("#0d1117"), Color.web("#30363d"), Color.web("#161b22"), Color.web("#30363d"), Color.web("#01040966"),
            Color.web("#e6edf3"), Color.web("#8d96a0"), Color.web("#4493f8"), Color.web("#8d96a014"),
            Color.web("#6e7681"), Color.web("#f85149"), Color.web("#d29922"));

    public static Color fx(java.awt.Color c) {
        return Color.rgb(c.getRed(), c.getGreen(), c.getBlue(), c.getAlpha() / 255.0);
    }
}
