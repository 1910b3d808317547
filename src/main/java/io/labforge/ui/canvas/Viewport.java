package io.labforge.ui.canvas;

import io.labforge.io.diagram.Rect;

/** Zoom and pan of the canvas: {@code screen = world * scale + translate}. Plain arithmetic, no toolkit. */
public final class Viewport {

    public static final double MIN_SCALE = 0.05;
    public static final double MAX_SCALE = 4;

    private double scale = 1;
    private double tx;
    private double ty;
    private Runnable onChange = () -> { };

    public void onChange(Runnable listener) {
        this.onChange = listener;
    }

    public double scale() {
        return scale;
    }

    public double toScreenX(double wx) {
        return wx * scale + tx;
    }

    public double toScreenY(double wy) {
        return wy * scale + ty;
    }

    public double toWorldX(double sx) {
        return (sx - tx) / scale;
    }

    public double toWorldY(double sy) {
        return (sy - ty) / scale;
    }

    /** The world rectangle a {@code w} by {@code h} screen area shows. */
    public Rect visible(double w, double h) {
        return new Rect(toWorldX(0), toWorldY(0), w / scale, h / scale);
    }

    public void pan(double dx, double dy) {
        tx += dx;
        ty += dy;
        onChange.run();
    }

    /** Zooms by {@code factor} keeping the world point under ({@code sx}, {@code sy}) in place. */
    public void zoomAt(double factor, double sx, double sy) {
        double next = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale * factor));
        double wx = toWorldX(sx);
        double wy = toWorldY(sy);
        scale = next;
        tx = sx - wx * scale;
        ty = sy - wy * scale;
        onChange.run();
    }

    /** Shows all of {@code content} in a {@code w} by {@code h} area, never zooming in beyond 100 %. */
    public void fit(Rect content, double w, double h, double margin) {
        if (content == null || w <= 0 || h <= 0) {
            return;
        }
        double s = Math.min((w - 2 * margin) / content.w(), (h - 2 * margin) / content.h());
        scale = Math.max(MIN_SCALE, Math.min(1, s));
        tx = (w - content.w() * scale) / 2 - content.x() * scale;
        ty = (h - content.h() * scale) / 2 - content.y() * scale;
        onChange.run();
    }

    /** Pans so that world point ({@code wx}, {@code wy}) is in the middle of a {@code w} by {@code h} area. */
    public void centreOn(double wx, double wy, double w, double h) {
        tx = w / 2 - wx * scale;
        ty = h / 2 - wy * scale;
        onChange.run();
    }
}
