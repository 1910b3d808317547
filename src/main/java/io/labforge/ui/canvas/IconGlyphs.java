package io.labforge.ui.canvas;

import javafx.scene.text.Font;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.HashMap;
import java.util.Map;

/** Ikonli icons as a font family and a character, so the canvas can draw them as text (fast, crisp at any zoom). */
final class IconGlyphs {

    record Glyph(String family, String text) {
    }

    private final Map<String, Glyph> cache = new HashMap<>();
    private final Map<Double, Font> fonts = new HashMap<>();

    Glyph glyph(String literal) {
        return cache.computeIfAbsent(literal, l -> {
            FontIcon icon;
            try {
                icon = new FontIcon(l);
            } catch (RuntimeException unknown) {
                icon = new FontIcon("mdi2h-help-box");
            }
            return new Glyph(icon.getFont().getFamily(), icon.getText());
        });
    }

    Font font(Glyph g, double size) {
        return fonts.computeIfAbsent(size, s -> Font.font(g.family(), s));
    }
}
