package io.labforge.io.diagram;

import java.awt.Color;
import java.util.Locale;

/**
 * Writes a {@link DiagramModel} as a standalone SVG document: the same shapes, colours and icon
 * outlines as {@link PngRenderer}, each node in a group with the id {@code node-<id>} and each
 * network in {@code network-<id>}, and the lab file inside {@code <metadata>}.
 */
public final class SvgRenderer {

    private final IconPaths icons;

    public SvgRenderer(IconPaths icons) {
        this.icons = icons;
    }

    public SvgRenderer() {
        this(IconPaths.builtin());
    }

    /** The document; {@code labYaml} (may be {@code null}) is embedded so the picture re-opens as the lab. */
    public String render(DiagramModel m, String labYaml, boolean transparent) {
        StringBuilder s = new StringBuilder(16_384);
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"")
                .append(" width=\"").append(n(m.width())).append("\" height=\"").append(n(m.height()))
                .append("\" viewBox=\"0 0 ").append(n(m.width())).append(' ').append(n(m.height())).append("\">\n");
        s.append("<title>").append(Xml.text(m.title().text())).append("</title>\n");
        if (labYaml != null) {
            s.append(SvgEmbedding.metadata(labYaml));
        }
        if (!transparent) {
            s.append("<rect width=\"100%\" height=\"100%\" fill=\"").append(hex(DiagramPalette.BACKGROUND)).append("\"/>\n");
        }
        title(s, m.title());
        m.groups().forEach(g -> group(s, g));
        s.append("<g class=\"links\" stroke-width=\"").append(n(Metrics.LINK_WIDTH)).append("\" stroke-linecap=\"round\">\n");
        m.links().forEach(l -> link(s, l));
        s.append("</g>\n");
        m.groups().forEach(g -> groupLabel(s, g));
        m.zones().forEach(z -> zone(s, z));
        m.cards().forEach(c -> card(s, c));
        s.append("</svg>\n");
        return s.toString();
    }

    private static void title(StringBuilder s, DiagramModel.Title t) {
        text(s, TextStyle.TITLE, DiagramPalette.TEXT, t.text(), t.x(), t.y() + TextStyle.TITLE.size(), "title");
        if (t.subtitle() != null) {
            text(s, TextStyle.SUBTITLE, DiagramPalette.TEXT_MUTED, t.subtitle(), t.x(),
                    t.y() + TextStyle.TITLE.size() + 6 + TextStyle.SUBTITLE.size(), "subtitle");
        }
    }

    private static void group(StringBuilder s, DiagramModel.GroupBox g) {
        Rect r = g.bounds();
        s.append("<g class=\"group\" id=\"group-").append(Xml.attr(g.id())).append("\">");
        rect(s, r, Metrics.GROUP_RADIUS, "fill=\"" + hex(DiagramPalette.GROUP_FILL) + "\" fill-opacity=\""
                + n(DiagramPalette.GROUP_FILL.getAlpha() / 255.0) + "\" stroke=\"" + hex(DiagramPalette.GROUP_BORDER)
                + "\" stroke-width=\"1.2\" stroke-dasharray=\"6 4\"");
        s.append("</g>\n");
    }

    /** Drawn over the links, on a patch of white, so lines from above never cross it. */
    private static void groupLabel(StringBuilder s, DiagramModel.GroupBox g) {
        Rect r = g.bounds();
        s.append("<g class=\"group-label\">");
        rect(s, new Rect(r.x() + 8, r.y() + 4, TextStyle.GROUP.width(g.label()) + 8, 16), 4,
                "fill=\"" + hex(DiagramPalette.BACKGROUND) + "\"");
        text(s, TextStyle.GROUP, DiagramPalette.TEXT_MUTED, g.label(), r.x() + 12, r.y() + 16, null);
        s.append("</g>\n");
    }

    private static void link(StringBuilder s, DiagramModel.Link l) {
        String c = hex(l.color());
        s.append("<g class=\"nic\" data-node=\"").append(Xml.attr(l.nodeId())).append("\" data-network=\"")
                .append(Xml.attr(l.networkId())).append("\"><line x1=\"").append(n(l.x1())).append("\" y1=\"").append(n(l.y1()))
                .append("\" x2=\"").append(n(l.x2())).append("\" y2=\"").append(n(l.y2())).append("\" stroke=\"").append(c)
                .append("\"/><circle cx=\"").append(n(l.x1())).append("\" cy=\"").append(n(l.y1()))
                .append("\" r=\"3.5\" fill=\"").append(c).append("\"/></g>\n");
    }

    private static void zone(StringBuilder s, DiagramModel.Zone z) {
        Rect r = z.bounds();
        s.append("<g class=\"network\" id=\"network-").append(Xml.attr(z.id())).append("\">");
        rect(s, r, Metrics.ZONE_RADIUS, "fill=\"" + hex(z.color()) + "\"");
        double baseline = r.y() + Metrics.ZONE_BASELINE;
        double x = r.x() + Metrics.ZONE_PAD;
        text(s, TextStyle.ZONE, DiagramPalette.ZONE_TEXT, z.label(), x, baseline, null);
        s.append("<g fill-opacity=\"0.85\">");
        text(s, TextStyle.ZONE_DETAIL, DiagramPalette.ZONE_TEXT, z.detail(), x + TextStyle.ZONE.width(z.label()) + 12, baseline, null);
        s.append("</g></g>\n");
    }

    private void card(StringBuilder s, DiagramModel.Card c) {
        Rect r = c.bounds();
        s.append("<g class=\"node\" id=\"node-").append(Xml.attr(c.id())).append("\">");
        rect(s, r.moved(0, 2), Metrics.CARD_RADIUS, "fill=\"" + hex(DiagramPalette.CARD_SHADOW) + "\" fill-opacity=\""
                + n(DiagramPalette.CARD_SHADOW.getAlpha() / 255.0) + "\"");
        rect(s, r, Metrics.CARD_RADIUS, "fill=\"" + hex(DiagramPalette.CARD_FILL) + "\" stroke=\""
                + hex(DiagramPalette.CARD_BORDER) + "\"");
        Rect tile = new Rect(r.x() + Metrics.CARD_PAD, r.y() + Metrics.CARD_PAD, Metrics.ICON_TILE, Metrics.ICON_TILE);
        rect(s, tile, Metrics.TILE_RADIUS, "fill=\"" + hex(DiagramPalette.tint(c.accent(), 0.14)) + "\"");
        double inset = (Metrics.ICON_TILE - Metrics.ICON_SIZE) / 2;
        s.append("<path transform=\"translate(").append(n(tile.x() + inset)).append(' ').append(n(tile.y() + inset))
                .append(") scale(").append(n(Metrics.ICON_SIZE / IconPaths.GRID)).append(")\" fill=\"")
                .append(hex(c.accent())).append("\" d=\"").append(icons.pathDataOrFallback(c.icon())).append("\"/>");
        double tx = r.x() + Metrics.TEXT_X;
        text(s, TextStyle.NAME, DiagramPalette.TEXT, c.name(), tx, r.y() + Metrics.NAME_BASELINE, null);
        text(s, TextStyle.KIND, DiagramPalette.TEXT_MUTED, c.kindLabel(), tx, r.y() + Metrics.KIND_BASELINE, null);
        double y = r.y() + Metrics.ADDRESS_BASELINE;
        for (DiagramModel.Address a : c.addresses()) {
            s.append("<circle cx=\"").append(n(tx + Metrics.DOT_RADIUS)).append("\" cy=\"").append(n(y - 4))
                    .append("\" r=\"").append(n(Metrics.DOT_RADIUS)).append("\" fill=\"").append(hex(a.color())).append("\"/>");
            double ax = r.x() + Metrics.ADDRESS_TEXT_X;
            text(s, TextStyle.ADDRESS, DiagramPalette.TEXT, a.text(), ax, y, null);
            text(s, TextStyle.KIND, DiagramPalette.TEXT_MUTED, a.network(),
                    ax + TextStyle.ADDRESS.width(a.text()) + Metrics.ADDRESS_GAP, y, null);
            y += Metrics.ADDRESS_STEP;
        }
        s.append("</g>\n");
    }

    private static void rect(StringBuilder s, Rect r, double radius, String paint) {
        s.append("<rect x=\"").append(n(r.x())).append("\" y=\"").append(n(r.y())).append("\" width=\"").append(n(r.w()))
                .append("\" height=\"").append(n(r.h())).append("\" rx=\"").append(n(radius)).append("\" ")
                .append(paint).append("/>");
    }

    private static void text(StringBuilder s, TextStyle style, Color color, String text, double x, double baseline, String cls) {
        if (text == null || text.isEmpty()) {
            return;
        }
        s.append("<text");
        if (cls != null) {
            s.append(" class=\"").append(cls).append('"');
        }
        s.append(" x=\"").append(n(x)).append("\" y=\"").append(n(baseline)).append("\" font-family=\"")
                .append(style.svgFamily()).append("\" font-size=\"").append(n(style.size())).append('"');
        if (style.bold()) {
            s.append(" font-weight=\"bold\"");
        }
        s.append(" fill=\"").append(hex(color)).append("\">").append(Xml.text(text)).append("</text>");
    }

    private static String hex(Color c) {
        return DiagramPalette.hex(c);
    }

    /** Numbers with at most two decimals, no trailing zeros, always a dot. */
    static String n(double v) {
        long rounded = Math.round(v * 100);
        if (rounded % 100 == 0) {
            return Long.toString(rounded / 100);
        }
        return String.format(Locale.ROOT, "%.2f", rounded / 100.0).replaceAll("0$", "");
    }
}
