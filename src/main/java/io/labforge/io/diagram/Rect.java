package io.labforge.io.diagram;

/** An axis-aligned rectangle in diagram units (pixels at 1x). */
public record Rect(double x, double y, double w, double h) {

    public double right() {
        return x + w;
    }

    public double bottom() {
        return y + h;
    }

    public double centerX() {
        return x + w / 2;
    }

    public double centerY() {
        return y + h / 2;
    }

    public Rect grow(double dx, double dy) {
        return new Rect(x - dx, y - dy, w + 2 * dx, h + 2 * dy);
    }

    public Rect moved(double dx, double dy) {
        return new Rect(x + dx, y + dy, w, h);
    }

    public Rect union(Rect o) {
        if (o == null) {
            return this;
        }
        double nx = Math.min(x, o.x);
        double ny = Math.min(y, o.y);
        return new Rect(nx, ny, Math.max(right(), o.right()) - nx, Math.max(bottom(), o.bottom()) - ny);
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= right() && py >= y && py <= bottom();
    }
}
