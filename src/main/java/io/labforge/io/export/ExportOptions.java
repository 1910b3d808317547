package io.labforge.io.export;

/**
 * Options some exporters honour; the others ignore them.
 *
 * @param scale       image scale for raster output, 1 to 4
 * @param transparent transparent background instead of white
 */
public record ExportOptions(double scale, boolean transparent) {

    public static final ExportOptions DEFAULT = new ExportOptions(1, false);

    public ExportOptions {
        if (scale < 1 || scale > 4) {
            throw new IllegalArgumentException("scale must be between 1 and 4, got " + scale);
        }
    }
}
