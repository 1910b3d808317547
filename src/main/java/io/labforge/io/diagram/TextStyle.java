package io.labforge.io.diagram;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;

/**
 * The text styles of the diagram. Text is measured with the same AWT fonts the PNG renderer draws
 * with (DejaVu, shipped with most Linux desktops and installed with the JDK's headless font
 * support), so layout, PNG and SVG agree; SVG viewers fall back to a similar sans-serif.
 */
public enum TextStyle {
    TITLE(false, true, 18),
    SUBTITLE(false, false, 12),
    NAME(false, true, 13),
    KIND(false, false, 11),
    ADDRESS(true, false, 11),
    ZONE(false, true, 12),
    ZONE_DETAIL(false, false, 11),
    GROUP(false, true, 11);

    private static final FontRenderContext FRC = new FontRenderContext(new AffineTransform(), true, true);

    private final boolean mono;
    private final boolean bold;
    private final float size;
    private final Font font;

    TextStyle(boolean mono, boolean bold, float size) {
        this.mono = mono;
        this.bold = bold;
        this.size = size;
        this.font = new Font(mono ? Families.MONO : Families.SANS, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont(size);
    }

    public Font font() {
        return font;
    }

    public float size() {
        return size;
    }

    public boolean bold() {
        return bold;
    }

    /** CSS font-family list for SVG. */
    public String svgFamily() {
        return mono
                ? "'DejaVu Sans Mono', Menlo, Consolas, monospace"
                : "'DejaVu Sans', 'Segoe UI', Helvetica, Arial, sans-serif";
    }

    public double width(String text) {
        return text == null || text.isEmpty() ? 0 : font.getStringBounds(text, FRC).getWidth();
    }

    /** The text, shortened with an ellipsis to fit {@code maxWidth}. */
    public String fit(String text, double maxWidth) {
        if (text == null || width(text) <= maxWidth) {
            return text;
        }
        String s = text;
        while (!s.isEmpty() && width(s + "…") > maxWidth) {
            s = s.substring(0, s.length() - 1);
        }
        return s + "…";
    }

    /** Resolved before the constants, which enum initialisation order otherwise forbids. */
    private static final class Families {
        static final String SANS = pick("DejaVu Sans", Font.SANS_SERIF);
        static final String MONO = pick("DejaVu Sans Mono", Font.MONOSPACED);

        private static String pick(String preferred, String fallback) {
            Font f = new Font(preferred, Font.PLAIN, 12);
            return f.getFamily(java.util.Locale.ROOT).equals(preferred) ? preferred : fallback;
        }
    }
}
