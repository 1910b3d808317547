package io.labforge.ui.canvas;

import io.labforge.io.diagram.DiagramLayout;
import io.labforge.io.diagram.DiagramModel;
import io.labforge.io.diagram.Rect;
import io.labforge.model.Lab;
import io.labforge.model.Position;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where everything is drawn. The canvas draws the same {@link DiagramModel} the PNG and SVG
 * exports draw, so the picture on screen and the exported one agree. The diagram is framed
 * (shifted for margin and title, by an amount that depends on what is leftmost), so this class
 * answers in lab coordinates, which stay put while elements move: the view never jumps.
 */
public final class DiagramGeometry {

    /** Radius of a node's port (the handle a connection is dragged from), in world units. */
    public static final double PORT_RADIUS = 6;

    private final DiagramModel model;
    private final double dx;
    private final double dy;
    private final Map<String, DiagramModel.Card> cards = new LinkedHashMap<>();
    private final Map<String, DiagramModel.Zone> zones = new LinkedHashMap<>();

    private DiagramGeometry(DiagramModel model, double dx, double dy) {
        this.model = model;
        this.dx = dx;
        this.dy = dy;
        model.cards().forEach(c -> cards.put(c.id(), c));
        model.zones().forEach(z -> zones.put(z.id(), z));
    }

    public static DiagramGeometry of(Lab lab, DiagramLayout layout) {
        DiagramModel m = layout.layout(lab);
        double dx = 0;
        double dy = 0;
        Optional<DiagramModel.Card> placed = m.cards().stream().filter(c -> lab.layout().containsKey(c.id())).findFirst();
        if (placed.isPresent()) {
            Position p = lab.layout().get(placed.get().id());
            dx = placed.get().bounds().x() - p.x();
            dy = placed.get().bounds().y() - p.y();
        } else {
            Optional<DiagramModel.Zone> zone = m.zones().stream().filter(z -> lab.layout().containsKey(z.id())).findFirst();
            if (zone.isPresent()) {
                Position p = lab.layout().get(zone.get().id());
                dx = zone.get().bounds().x() - p.x();
                dy = zone.get().bounds().y() - p.y();
            }
        }
        return new DiagramGeometry(m, dx, dy);
    }

    public DiagramModel model() {
        return model;
    }

    /** Lab position of the world point (world coordinates are lab coordinates). */
    public Position toLab(double wx, double wy) {
        return new Position(wx, wy);
    }

    /** Diagram units minus lab units: what the painter subtracts. */
    public double dx() {
        return dx;
    }

    public double dy() {
        return dy;
    }

    private Rect toLab(Rect r) {
        return r.moved(-dx, -dy);
    }

    public Optional<Rect> bounds(String id) {
        DiagramModel.Card c = cards.get(id);
        if (c != null) {
            return Optional.of(toLab(c.bounds()));
        }
        return Optional.ofNullable(zones.get(id)).map(DiagramModel.Zone::bounds)
                .or(() -> model.groups().stream().filter(g -> g.id().equals(id)).findFirst().map(DiagramModel.GroupBox::bounds))
                .map(this::toLab);
    }

    /** Everything drawn, in lab coordinates, or {@code null} for an empty lab. */
    public Rect content() {
        Rect r = diagramContent();
        return r == null ? null : toLab(r);
    }

    /** Everything drawn, in diagram units. */
    public Rect diagramContent() {
        Rect r = null;
        for (DiagramModel.Card c : model.cards()) {
            r = c.bounds().union(r);
        }
        for (DiagramModel.Zone z : model.zones()) {
            r = z.bounds().union(r);
        }
        for (DiagramModel.GroupBox g : model.groups()) {
            r = g.bounds().union(r);
        }
        return r;
    }

    /** The node or network under the point; cards win over bars (they are drawn on top). */
    public Optional<String> hit(double lx, double ly) {
        double wx = lx + dx;
        double wy = ly + dy;
        List<DiagramModel.Card> cs = model.cards();
        for (int i = cs.size() - 1; i >= 0; i--) {
            if (cs.get(i).bounds().contains(wx, wy)) {
                return Optional.of(cs.get(i).id());
            }
        }
        return zoneAt(lx, ly);
    }

    public Optional<String> zoneAt(double lx, double ly) {
        double wx = lx + dx;
        double wy = ly + dy;
        List<DiagramModel.Zone> zs = model.zones();
        for (int i = zs.size() - 1; i >= 0; i--) {
            if (zs.get(i).bounds().contains(wx, wy)) {
                return Optional.of(zs.get(i).id());
            }
        }
        return Optional.empty();
    }

    /** The node whose port is at the point (within {@code slack} world units). */
    public Optional<String> portAt(double lx, double ly, double slack) {
        double wx = lx + dx;
        double wy = ly + dy;
        for (DiagramModel.Card c : model.cards()) {
            double px = portX(c.bounds());
            double py = portY(c.bounds());
            double r = PORT_RADIUS + slack;
            if ((wx - px) * (wx - px) + (wy - py) * (wy - py) <= r * r) {
                return Optional.of(c.id());
            }
        }
        return Optional.empty();
    }

    public static double portX(Rect card) {
        return card.right();
    }

    public static double portY(Rect card) {
        return card.y() + 23 - 4;
    }

    /** Nodes and networks whose drawing meets the rectangle. */
    public List<String> within(Rect labRect) {
        Rect r = labRect.moved(dx, dy);
        List<String> out = new ArrayList<>();
        for (DiagramModel.Zone z : model.zones()) {
            if (intersects(z.bounds(), r)) {
                out.add(z.id());
            }
        }
        for (DiagramModel.Card c : model.cards()) {
            if (intersects(c.bounds(), r)) {
                out.add(c.id());
            }
        }
        return out;
    }

    public static boolean intersects(Rect a, Rect b) {
        return a.x() < b.right() && a.right() > b.x() && a.y() < b.bottom() && a.bottom() > b.y();
    }
}
