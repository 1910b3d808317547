package io.labforge.io.diagram;

import java.awt.geom.Path2D;

/**
 * Reads the subset of SVG path data that {@link IconPaths} holds: absolute {@code M L Q C Z}
 * commands with numbers separated by spaces.
 */
final class PathData {

    private PathData() {
    }

    static Path2D parse(String d) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO);
        Scanner s = new Scanner(d);
        while (s.hasMore()) {
            char cmd = s.command();
            switch (cmd) {
                case 'M' -> path.moveTo(s.num(), s.num());
                case 'L' -> path.lineTo(s.num(), s.num());
                case 'Q' -> path.quadTo(s.num(), s.num(), s.num(), s.num());
                case 'C' -> path.curveTo(s.num(), s.num(), s.num(), s.num(), s.num(), s.num());
                case 'Z' -> path.closePath();
                default -> throw new IllegalArgumentException("unsupported path command '" + cmd + "' in icon data");
            }
        }
        return path;
    }

    private static final class Scanner {
        private final String d;
        private int i;

        Scanner(String d) {
            this.d = d;
        }

        boolean hasMore() {
            skipSpaces();
            return i < d.length();
        }

        char command() {
            skipSpaces();
            return d.charAt(i++);
        }

        double num() {
            skipSpaces();
            int start = i;
            while (i < d.length() && (Character.isDigit(d.charAt(i)) || d.charAt(i) == '.' || d.charAt(i) == '-')) {
                i++;
            }
            return Double.parseDouble(d.substring(start, i));
        }

        private void skipSpaces() {
            while (i < d.length() && (d.charAt(i) == ' ' || d.charAt(i) == ',')) {
                i++;
            }
        }
    }
}
