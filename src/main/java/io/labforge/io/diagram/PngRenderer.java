package io.labforge.io.diagram;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

/** Draws a {@link DiagramModel} with Java2D (works headless), antialiased, at 1x to 4x. */
public final class PngRenderer {

    private static final BasicStroke HAIRLINE = new BasicStroke(1f);
    private static final BasicStroke LINK = new BasicStroke((float) Metrics.LINK_WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final BasicStroke DASHED = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {6f, 4f}, 0f);

    private final IconPaths icons;

    public PngRenderer(IconPaths icons) {
        this.icons = icons;
    }

    public PngRenderer() {
        this(IconPaths.builtin());
    }

    /** The picture, {@code scale} times the model's size, on white or on a transparent background. */
    public BufferedImage render(DiagramModel m, double scale, boolean transparent) {
        int w = (int) Math.ceil(m.width() * scale);
        int h = (int) Math.ceil(m.height() * scale);
        BufferedImage img = new BufferedImage(w, h, transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            hints(g);
            if (!transparent) {
                g.setColor(DiagramPalette.BACKGROUND);
                g.fillRect(0, 0, w, h);
            }
            g.scale(scale, scale);
            title(g, m.title());
            m.groups().forEach(b -> group(g, b));
            m.links().forEach(l -> link(g, l));
            m.groups().forEach(b -> groupLabel(g, b));
            m.zones().forEach(z -> zone(g, z));
            m.cards().forEach(c -> card(g, c));
        } finally {
            g.dispose();
        }
        return img;
    }

    private static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    private static void title(Graphics2D g, DiagramModel.Title t) {
        text(g, TextStyle.TITLE, DiagramPalette.TEXT, t.text(), t.x(), t.y() + TextStyle.TITLE.size());
        if (t.subtitle() != null) {
            text(g, TextStyle.SUBTITLE, DiagramPalette.TEXT_MUTED, t.subtitle(), t.x(),
                    t.y() + TextStyle.TITLE.size() + 6 + TextStyle.SUBTITLE.size());
        }
    }

    private static void group(Graphics2D g, DiagramModel.GroupBox b) {
        Rect r = b.bounds();
        RoundRectangle2D box = round(r, Metrics.GROUP_RADIUS);
        g.setColor(DiagramPalette.GROUP_FILL);
        g.fill(box);
        g.setColor(DiagramPalette.GROUP_BORDER);
        g.setStroke(DASHED);
        g.draw(box);
    }

    /** Drawn over the links, on a patch of white, so lines from above never cross it. */
    private static void groupLabel(Graphics2D g, DiagramModel.GroupBox b) {
        Rect r = b.bounds();
        Rect patch = new Rect(r.x() + 8, r.y() + 4, TextStyle.GROUP.width(b.label()) + 8, 16);
        g.setColor(DiagramPalette.BACKGROUND);
        g.fill(round(patch, 4));
        text(g, TextStyle.GROUP, DiagramPalette.TEXT_MUTED, b.label(), r.x() + 12, r.y() + 16);
    }

    private static void link(Graphics2D g, DiagramModel.Link l) {
        g.setColor(l.color());
        g.setStroke(LINK);
        g.draw(new Line2D.Double(l.x1(), l.y1(), l.x2(), l.y2()));
        double r = 3.5;
        g.fill(new Ellipse2D.Double(l.x1() - r, l.y1() - r, 2 * r, 2 * r));
    }

    private static void zone(Graphics2D g, DiagramModel.Zone z) {
        Rect r = z.bounds();
        g.setColor(z.color());
        g.fill(round(r, Metrics.ZONE_RADIUS));
        double baseline = r.y() + Metrics.ZONE_BASELINE;
        double x = r.x() + Metrics.ZONE_PAD;
        text(g, TextStyle.ZONE, DiagramPalette.ZONE_TEXT, z.label(), x, baseline);
        Color detail = new Color(255, 255, 255, 215);
        text(g, TextStyle.ZONE_DETAIL, detail, z.detail(), x + TextStyle.ZONE.width(z.label()) + 12, baseline);
    }

    private void card(Graphics2D g, DiagramModel.Card c) {
        Rect r = c.bounds();
        g.setColor(DiagramPalette.CARD_SHADOW);
        g.fill(round(r.moved(0, 2), Metrics.CARD_RADIUS));
        g.setColor(DiagramPalette.CARD_FILL);
        RoundRectangle2D body = round(r, Metrics.CARD_RADIUS);
        g.fill(body);
        g.setColor(DiagramPalette.CARD_BORDER);
        g.setStroke(HAIRLINE);
        g.draw(body);

        Rect tile = new Rect(r.x() + Metrics.CARD_PAD, r.y() + Metrics.CARD_PAD, Metrics.ICON_TILE, Metrics.ICON_TILE);
        g.setColor(DiagramPalette.tint(c.accent(), 0.14));
        g.fill(round(tile, Metrics.TILE_RADIUS));
        double inset = (Metrics.ICON_TILE - Metrics.ICON_SIZE) / 2;
        AffineTransform place = AffineTransform.getTranslateInstance(tile.x() + inset, tile.y() + inset);
        place.scale(Metrics.ICON_SIZE / IconPaths.GRID, Metrics.ICON_SIZE / IconPaths.GRID);
        g.setColor(c.accent());
        g.fill(place.createTransformedShape(icons.shape(c.icon())));

        double tx = r.x() + Metrics.TEXT_X;
        text(g, TextStyle.NAME, DiagramPalette.TEXT, c.name(), tx, r.y() + Metrics.NAME_BASELINE);
        text(g, TextStyle.KIND, DiagramPalette.TEXT_MUTED, c.kindLabel(), tx, r.y() + Metrics.KIND_BASELINE);
        double y = r.y() + Metrics.ADDRESS_BASELINE;
        for (DiagramModel.Address a : c.addresses()) {
            g.setColor(a.color());
            double d = Metrics.DOT_RADIUS;
            g.fill(new Ellipse2D.Double(tx, y - 4 - d, 2 * d, 2 * d));
            double ax = r.x() + Metrics.ADDRESS_TEXT_X;
            text(g, TextStyle.ADDRESS, DiagramPalette.TEXT, a.text(), ax, y);
            text(g, TextStyle.KIND, DiagramPalette.TEXT_MUTED, a.network(),
                    ax + TextStyle.ADDRESS.width(a.text()) + Metrics.ADDRESS_GAP, y);
            y += Metrics.ADDRESS_STEP;
        }
    }

    private static void text(Graphics2D g, TextStyle style, Color color, String s, double x, double baseline) {
        if (s == null || s.isEmpty()) {
            return;
        }
        g.setFont(style.font());
        g.setColor(color);
        g.setComposite(AlphaComposite.SrcOver);
        g.drawString(s, (float) x, (float) baseline);
    }

    private static RoundRectangle2D round(Rect r, double radius) {
        return new RoundRectangle2D.Double(r.x(), r.y(), r.w(), r.h(), 2 * radius, 2 * radius);
    }
}
