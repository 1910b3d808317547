package io.labforge.ui.canvas;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

import java.util.HashMap;
import java.util.Map;

/** Measured text widths, cached: labels repeat from frame to frame, measuring each time would cost more than drawing. */
final class TextWidths {

    private final Map<String, Double> cache = new HashMap<>();
    private final Text probe = new Text();

    double width(String s, Font font) {
        if (s == null || s.isEmpty()) {
            return 0;
        }
        return cache.computeIfAbsent(font.getName() + font.getSize() + '\u0000' + s, k -> {
            probe.setFont(font);
            probe.setText(s);
            return probe.getLayoutBounds().getWidth();
        });
    }
}
