package io.labforge.io.diagram;

import io.labforge.model.Nic;
import io.labforge.model.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The lines from a card to the bars of its networks: straight and vertical, leaving the card's top
 * edge for bars above it and its bottom edge for bars below, spread evenly along that edge.
 */
final class NicLinks {

    private NicLinks() {
    }

    static List<DiagramModel.Link> of(Node node, DiagramModel.Card card, Map<String, DiagramModel.Zone> zones) {
        Rect c = card.bounds();
        List<DiagramModel.Zone> up = new ArrayList<>();
        List<DiagramModel.Zone> down = new ArrayList<>();
        List<DiagramModel.Zone> level = new ArrayList<>();
        for (Nic nic : node.nics()) {
            DiagramModel.Zone z = zones.get(nic.network());
            if (z == null) {
                continue;
            }
            if (z.bounds().bottom() <= c.y()) {
                up.add(z);
            } else if (z.bounds().y() >= c.bottom()) {
                down.add(z);
            } else {
                level.add(z);
            }
        }
        List<DiagramModel.Link> out = new ArrayList<>();
        for (int i = 0; i < up.size(); i++) {
            DiagramModel.Zone z = up.get(i);
            double x = clampInto(spread(c, i, up.size()), z.bounds());
            out.add(new DiagramModel.Link(node.id(), z.id(), z.color(), x, c.y(), x, z.bounds().bottom()));
        }
        for (int i = 0; i < down.size(); i++) {
            DiagramModel.Zone z = down.get(i);
            double x = clampInto(spread(c, i, down.size()), z.bounds());
            out.add(new DiagramModel.Link(node.id(), z.id(), z.color(), x, c.bottom(), x, z.bounds().y()));
        }
        for (DiagramModel.Zone z : level) {
            // The bar runs level with the card: join the card's side to the bar's nearer end.
            boolean barRight = z.bounds().centerX() >= c.centerX();
            double x1 = barRight ? c.right() : c.x();
            double x2 = barRight ? Math.max(z.bounds().x(), x1) : Math.min(z.bounds().right(), x1);
            out.add(new DiagramModel.Link(node.id(), z.id(), z.color(), x1, z.bounds().centerY(), x2, z.bounds().centerY()));
        }
        return out;
    }

    private static double spread(Rect c, int i, int count) {
        return c.x() + c.w() * (i + 1) / (count + 1);
    }

    private static double clampInto(double x, Rect bar) {
        return Math.max(bar.x() + Metrics.ZONE_RADIUS, Math.min(bar.right() - Metrics.ZONE_RADIUS, x));
    }
}
