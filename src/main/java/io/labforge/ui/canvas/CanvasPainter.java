package io.labforge.ui.canvas;

import io.labforge.io.diagram.DiagramModel;
import io.labforge.io.diagram.Rect;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import java.util.Map;
import java.util.Set;

/**
 * Draws the diagram on a canvas, in the order groups, links, zones, cards (as the exports do).
 * Only what meets the visible area is drawn, and far out text and icons are left out: the cost of
 * a frame follows what is on screen, not the size of the lab.
 */
final class CanvasPainter {

    /** Below this zoom the cards lose their text; below {@link #BLOCKS} they are plain blocks. */
    static final double TEXT = 0.3;
    static final double BLOCKS = 0.15;

    private static final Font NAME = Font.font("DejaVu Sans", FontWeight.BOLD, 13);
    private static final Font KIND = Font.font("DejaVu Sans", 11);
    private static final Font ADDRESS = Font.font("DejaVu Sans Mono", 11);
    private static final Font ZONE = Font.font("DejaVu Sans", FontWeight.BOLD, 12);
    private static final Font GROUP = Font.font("DejaVu Sans", FontWeight.BOLD, 11);

    private final IconGlyphs icons = new IconGlyphs();
    private final TextWidths widths = new TextWidths();

    /** What the painter needs besides the diagram: view, colours, selection, problem badges. */
    record Frame(Viewport view, double width, double height, CanvasColors colors, Set<String> selected,
                 Map<String, Color> badges, String hover) {
    }

    /** Plan or deploy status per node id (see {@link StatusBadge}). */
    Map<String, StatusBadge> status = Map.of();

    /** Counts of what the last frame drew, for the bench. */
    int drawnCards;

    /** {@code dx}, {@code dy}: diagram units minus lab units (see {@link DiagramGeometry}). */
    void paint(GraphicsContext g, DiagramModel m, double dx, double dy, Frame f) {
        g.setTransform(1, 0, 0, 1, 0, 0);
        // A clear of the whole canvas drops the commands of earlier frames not yet rendered.
        g.clearRect(0, 0, f.width(), f.height());
        g.setFill(f.colors().background());
        g.fillRect(0, 0, f.width(), f.height());
        grid(g, f);
        Viewport v = f.view();
        double s = v.scale();
        g.setTransform(s, 0, 0, s, v.toScreenX(-dx), v.toScreenY(-dy));
        Rect view = v.visible(f.width(), f.height()).moved(dx, dy);
        g.setTextBaseline(VPos.BASELINE);
        g.setTextAlign(TextAlignment.LEFT);
        for (DiagramModel.GroupBox b : m.groups()) {
            if (DiagramGeometry.intersects(b.bounds(), view)) {
                group(g, b, f);
            }
        }
        g.setLineWidth(2);
        for (DiagramModel.Link l : m.links()) {
            if (lineVisible(l, view)) {
                g.setStroke(CanvasColors.fx(l.color()));
                g.strokeLine(l.x1(), l.y1(), l.x2(), l.y2());
            }
        }
        for (DiagramModel.Zone z : m.zones()) {
            if (DiagramGeometry.intersects(z.bounds(), view)) {
                zone(g, z, f, s);
            }
        }
        drawnCards = 0;
        for (DiagramModel.Card c : m.cards()) {
            if (DiagramGeometry.intersects(c.bounds(), view)) {
                card(g, c, f, s);
                drawnCards++;
            }
        }
    }

    private static boolean lineVisible(DiagramModel.Link l, Rect view) {
        return Math.max(l.x1(), l.x2()) >= view.x() && Math.min(l.x1(), l.x2()) <= view.right()
                && Math.max(l.y1(), l.y2()) >= view.y() && Math.min(l.y1(), l.y2()) <= view.bottom();
    }

    private static void grid(GraphicsContext g, Frame f) {
        Viewport v = f.view();
        double step = LabCanvas.GRID * v.scale();
        if (step < 8) {
            return;
        }
        g.setFill(f.colors().grid());
        double x0 = v.toScreenX(Math.floor(v.toWorldX(0) / LabCanvas.GRID) * LabCanvas.GRID);
        double y0 = v.toScreenY(Math.floor(v.toWorldY(0) / LabCanvas.GRID) * LabCanvas.GRID);
        for (double x = x0; x < f.width(); x += step) {
            for (double y = y0; y < f.height(); y += step) {
                g.fillRect(x, y, 1.2, 1.2);
            }
        }
    }

    private static void group(GraphicsContext g, DiagramModel.GroupBox b, Frame f) {
        Rect r = b.bounds();
        g.setFill(f.colors().groupFill());
        g.fillRoundRect(r.x(), r.y(), r.w(), r.h(), 24, 24);
        g.setStroke(f.colors().groupBorder());
        g.setLineWidth(1.2);
        g.setLineDashes(6, 4);
        g.strokeRoundRect(r.x(), r.y(), r.w(), r.h(), 24, 24);
        g.setLineDashes();
        g.setFont(GROUP);
        g.setFill(f.colors().muted());
        g.fillText(b.label(), r.x() + 12, r.y() + 16);
    }

    private void zone(GraphicsContext g, DiagramModel.Zone z, Frame f, double s) {
        Rect r = z.bounds();
        g.setFill(CanvasColors.fx(z.color()));
        g.fillRoundRect(r.x(), r.y(), r.w(), r.h(), 12, 12);
        if (f.selected().contains(z.id())) {
            g.setStroke(f.colors().selection());
            g.setLineWidth(3 / Math.max(s, 0.5));
            g.strokeRoundRect(r.x() - 3, r.y() - 3, r.w() + 6, r.h() + 6, 16, 16);
        }
        Color badge = f.badges().get(z.id());
        if (badge != null) {
            dot(g, r.right() - 10, r.y() + r.h() / 2, 5, badge, Color.WHITE);
        }
        if (s < BLOCKS) {
            return;
        }
        g.setFont(ZONE);
        g.setFill(Color.WHITE);
        g.fillText(z.label(), r.x() + 12, r.y() + 19.5);
        if (s >= TEXT) {
            g.setFont(KIND);
            g.setFill(Color.rgb(255, 255, 255, 0.85));
            g.fillText(z.detail(), r.x() + 12 + widths.width(z.label(), ZONE) + 12, r.y() + 19.5);
        }
    }

    private void card(GraphicsContext g, DiagramModel.Card c, Frame f, double s) {
        Rect r = c.bounds();
        CanvasColors col = f.colors();
        Color accent = CanvasColors.fx(c.accent());
        if (s < BLOCKS) {
            g.setFill(accent);
            g.fillRect(r.x(), r.y(), r.w(), r.h());
            return;
        }
        boolean selected = f.selected().contains(c.id());
        g.setFill(col.shadow());
        g.fillRoundRect(r.x(), r.y() + 2, r.w(), r.h(), 20, 20);
        g.setFill(col.cardFill());
        g.fillRoundRect(r.x(), r.y(), r.w(), r.h(), 20, 20);
        g.setStroke(selected ? col.selection() : c.id().equals(f.hover()) ? col.muted() : col.cardBorder());
        g.setLineWidth(selected ? 2.5 : 1);
        g.strokeRoundRect(r.x(), r.y(), r.w(), r.h(), 20, 20);
        g.setFill(accent.deriveColor(0, 1, 1, 0.16));
        g.fillRoundRect(r.x() + 10, r.y() + 10, 36, 36, 16, 16);
        if (s >= TEXT) {
            IconGlyphs.Glyph glyph = icons.glyph(c.icon());
            g.setFont(icons.font(glyph, 24));
            g.setFill(accent);
            g.fillText(glyph.text(), r.x() + 16, r.y() + 40);
            text(g, c, col, r);
        }
        dot(g, DiagramGeometry.portX(r), DiagramGeometry.portY(r), DiagramGeometry.PORT_RADIUS - 1.5,
                col.cardFill(), selected || c.id().equals(f.hover()) ? col.selection() : col.muted());
        Color badge = f.badges().get(c.id());
        if (badge != null) {
            dot(g, r.x() + 12, r.y() + 12, 5, badge, col.cardFill());
        }
        StatusBadge st = status.get(c.id());
        if (st != null && s >= TEXT) {
            statusPill(g, st, r, col);
        }
    }

    private void statusPill(GraphicsContext g, StatusBadge b, Rect r, CanvasColors col) {
        double w = widths.width(b.text(), KIND) + 12;
        double x = r.right() - w - 6;
        double y = r.y() - 9;
        g.setFill(b.color());
        g.fillRoundRect(x, y, w, 17, 17, 17);
        g.setFont(KIND);
        g.setFill(Color.WHITE);
        g.fillText(b.text(), x + 6, y + 12.5);
    }

    private void text(GraphicsContext g, DiagramModel.Card c, CanvasColors col, Rect r) {
        double tx = r.x() + 56;
        g.setFont(NAME);
        g.setFill(col.text());
        g.fillText(c.name(), tx, r.y() + 23);
        g.setFont(KIND);
        g.setFill(col.muted());
        g.fillText(c.kindLabel(), tx, r.y() + 39);
        double y = r.y() + 58;
        for (DiagramModel.Address a : c.addresses()) {
            g.setFill(CanvasColors.fx(a.color()));
            g.fillOval(tx, y - 7.5, 7, 7);
            g.setFont(ADDRESS);
            g.setFill(col.text());
            g.fillText(a.text(), tx + 12, y);
            g.setFont(KIND);
            g.setFill(col.muted());
            g.fillText(a.network(), tx + 12 + widths.width(a.text(), ADDRESS) + 6, y);
            y += 15;
        }
    }

    private static void dot(GraphicsContext g, double x, double y, double r, Color fill, Color stroke) {
        g.setFill(fill);
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
        g.setStroke(stroke);
        g.setLineWidth(1.5);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
    }

}
