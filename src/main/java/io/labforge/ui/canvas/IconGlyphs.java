package io.labforge.ui.canvas;

import javafx.scene.text.Font;
import org.kordamp.ikonli.IkonHandler;

import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Ikonli icons as a font family and a character, so the canvas can draw them as text (fast, crisp
 * at any zoom). The icon packs' handlers say which font holds a literal and at which code point.
 */
final class IconGlyphs {

    static final String FALLBACK = "mdi2h-help-box";

    record Glyph(String family, String text) {
    }

    private final Map<String, Glyph> cache = new HashMap<>();
    private final Map<String, String> families = new HashMap<>();
    private final Map<String, Font> fonts = new HashMap<>();
    private final Iterable<IkonHandler> handlers = ServiceLoader.load(IkonHandler.class, IconGlyphs.class.getClassLoader())
            .stream().map(ServiceLoader.Provider::get).toList();

    Glyph glyph(String literal) {
        return cache.computeIfAbsent(literal, l -> resolve(l).orElseGet(() -> resolve(FALLBACK).orElse(new Glyph("System", "?"))));
    }

    private java.util.Optional<Glyph> resolve(String literal) {
        for (IkonHandler h : handlers) {
            if (h.supports(literal)) {
                try {
                    int code = h.resolve(literal).getCode();
                    String family = families.computeIfAbsent(h.getFontResource().toExternalForm(),
                            url -> Font.loadFont(url, 24).getFamily());
                    return java.util.Optional.of(new Glyph(family, new String(Character.toChars(code))));
                } catch (RuntimeException unknown) {
                    return java.util.Optional.empty();
                }
            }
        }
        return java.util.Optional.empty();
    }

    Font font(Glyph g, double size) {
        return fonts.computeIfAbsent(g.family() + size, k -> Font.font(g.family(), size));
    }
}
