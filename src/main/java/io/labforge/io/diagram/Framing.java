package io.labforge.io.diagram;

import io.labforge.model.Lab;

import java.util.List;

/** Moves a laid-out diagram so that it starts at the margin, below the title, and sizes the picture. */
final class Framing {

    private Framing() {
    }

    static DiagramModel frame(Lab lab, List<DiagramModel.GroupBox> groups, List<DiagramModel.Link> links,
                              List<DiagramModel.Zone> zones, List<DiagramModel.Card> cards) {
        Rect content = null;
        for (DiagramModel.GroupBox g : groups) {
            content = g.bounds().union(content);
        }
        for (DiagramModel.Zone z : zones) {
            content = z.bounds().union(content);
        }
        for (DiagramModel.Card c : cards) {
            content = c.bounds().union(content);
        }
        if (content == null) {
            content = new Rect(0, 0, 240, 60);
        }
        String subtitle = lab.description() == null || lab.description().isBlank() ? null : lab.description().strip();
        double titleH = TextStyle.TITLE.size() + 6 + (subtitle == null ? 0 : TextStyle.SUBTITLE.size() + 6);
        double dx = Metrics.MARGIN - content.x();
        double dy = Metrics.MARGIN + titleH + Metrics.TITLE_GAP - content.y();
        double titleW = Math.max(TextStyle.TITLE.width(lab.name()), TextStyle.SUBTITLE.width(subtitle));
        double width = Math.ceil(Math.max(content.w(), titleW) + 2 * Metrics.MARGIN);
        double height = Math.ceil(content.h() + titleH + Metrics.TITLE_GAP + 2 * Metrics.MARGIN);
        return new DiagramModel(width, height,
                new DiagramModel.Title(lab.name(), subtitle, Metrics.MARGIN, Metrics.MARGIN),
                groups.stream().map(g -> new DiagramModel.GroupBox(g.id(), g.label(), g.bounds().moved(dx, dy))).toList(),
                links.stream().map(l -> new DiagramModel.Link(l.nodeId(), l.networkId(), l.color(),
                        l.x1() + dx, l.y1() + dy, l.x2() + dx, l.y2() + dy)).toList(),
                zones.stream().map(z -> new DiagramModel.Zone(z.id(), z.label(), z.detail(), z.kind(), z.color(),
                        z.bounds().moved(dx, dy))).toList(),
                cards.stream().map(c -> new DiagramModel.Card(c.id(), c.name(), c.kindLabel(), c.icon(), c.accent(),
                        c.bounds().moved(dx, dy), c.addresses())).toList());
    }
}
