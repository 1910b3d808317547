package io.labforge.io.diagram;

import java.awt.geom.Path2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;

/**
 * Vector outlines of the node-kind icons (Material Design Icons, the glyphs the canvas shows through
 * Ikonli), as SVG path data on a 24x24 grid. Read from a generated resource so that the diagram
 * export needs neither a GUI toolkit nor the icon font at run time.
 */
public final class IconPaths {

    /** Outline used for a kind without a known icon. */
    public static final String FALLBACK = "mdi2h-help-box";
    public static final double GRID = 24;

    private static final IconPaths BUILTIN = load();

    private final Properties paths;

    private IconPaths(Properties paths) {
        this.paths = paths;
    }

    public static IconPaths builtin() {
        return BUILTIN;
    }

    /** SVG path data of the icon, if known. */
    public Optional<String> pathData(String literal) {
        return Optional.ofNullable(literal == null ? null : paths.getProperty(literal));
    }

    /** SVG path data of the icon, or of the fallback icon. */
    public String pathDataOrFallback(String literal) {
        return pathData(literal).orElseGet(() -> paths.getProperty(FALLBACK, ""));
    }

    /** The icon as a Java2D shape on the 24x24 grid. */
    public Path2D shape(String literal) {
        return PathData.parse(pathDataOrFallback(literal));
    }

    private static IconPaths load() {
        Properties p = new Properties();
        try (InputStream in = IconPaths.class.getResourceAsStream("icons.properties")) {
            if (in == null) {
                throw new IOException("resource io/labforge/io/diagram/icons.properties is missing from the build");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new IconPaths(p);
    }
}
