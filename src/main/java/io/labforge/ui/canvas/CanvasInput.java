package io.labforge.ui.canvas;

import io.labforge.edit.AddNetwork;
import io.labforge.edit.AddNode;
import io.labforge.edit.Connect;
import io.labforge.edit.Ids;
import io.labforge.edit.Move;
import io.labforge.io.diagram.Rect;
import io.labforge.kind.NodeKind;
import io.labforge.model.Lab;
import io.labforge.model.NetworkKind;
import io.labforge.model.Position;
import io.labforge.ui.LabDocument;
import io.labforge.ui.palette.PaletteItem;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Mouse, wheel, keyboard and drop handling of the canvas: select (click, Ctrl-click, rubber band),
 * move with grid snap (Alt bypasses), connect by dragging from a port to a network, pan (space-drag
 * or middle button), zoom around the cursor, and drops from the palette.
 */
final class CanvasInput {

    private static final AtomicLong GESTURES = new AtomicLong();

    private enum Mode { NONE, PAN, MOVE, CONNECT, RUBBER }

    private final LabCanvas canvas;
    private final LabDocument doc;
    private Mode mode = Mode.NONE;
    private double startX;
    private double startY;
    private double lastX;
    private double lastY;
    private boolean spaceDown;
    private boolean dragged;
    private String pressedId;
    private String connectFrom;
    private String hover;
    private long gesture;
    private final Map<String, Position> origins = new LinkedHashMap<>();

    CanvasInput(LabCanvas canvas, LabDocument doc) {
        this.canvas = canvas;
        this.doc = doc;
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(this::released);
        canvas.setOnMouseMoved(this::moved);
        canvas.setOnScroll(this::scrolled);
        canvas.setOnMouseDragReleased(this::paletteDrop);
        canvas.setOnKeyPressed(e -> spaceDown |= e.getCode() == KeyCode.SPACE);
        canvas.setOnKeyReleased(e -> spaceDown &= e.getCode() != KeyCode.SPACE);
    }

    String hover() {
        return hover;
    }

    private DiagramGeometry geo() {
        return canvas.geometry();
    }

    private double wx(double sx) {
        return canvas.viewport().toWorldX(sx);
    }

    private double wy(double sy) {
        return canvas.viewport().toWorldY(sy);
    }

    private void pressed(MouseEvent e) {
        canvas.surface().requestFocus();
        startX = lastX = e.getX();
        startY = lastY = e.getY();
        dragged = false;
        if (e.getButton() == MouseButton.MIDDLE || e.getButton() == MouseButton.PRIMARY && spaceDown) {
            mode = Mode.PAN;
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            mode = Mode.NONE;
            return;
        }
        double slack = 4 / canvas.viewport().scale();
        Optional<String> port = geo().portAt(wx(e.getX()), wy(e.getY()), slack);
        if (port.isPresent()) {
            mode = Mode.CONNECT;
            connectFrom = port.get();
            return;
        }
        Optional<String> hit = geo().hit(wx(e.getX()), wy(e.getY()));
        if (hit.isEmpty()) {
            mode = Mode.RUBBER;
            return;
        }
        pressedId = hit.get();
        if (e.isShortcutDown()) {
            doc.selection().toggle(pressedId);
            mode = Mode.NONE;
            return;
        }
        if (!doc.selection().contains(pressedId)) {
            doc.selection().set(List.of(pressedId));
        }
        mode = Mode.MOVE;
        gesture = GESTURES.incrementAndGet();
        origins.clear();
        Lab lab = doc.current();
        for (String id : doc.selection().ids()) {
            lab.position(id).ifPresent(p -> origins.put(id, p));
        }
    }

    private void dragged(MouseEvent e) {
        dragged |= Math.abs(e.getX() - startX) + Math.abs(e.getY() - startY) > 2;
        switch (mode) {
            case PAN -> canvas.viewport().pan(e.getX() - lastX, e.getY() - lastY);
            case MOVE -> move(e);
            case CONNECT -> hover = geo().zoneAt(wx(e.getX()), wy(e.getY())).orElse(null);
            default -> { }
        }
        lastX = e.getX();
        lastY = e.getY();
        canvas.repaint();
    }

    private void move(MouseEvent e) {
        if (!dragged || origins.isEmpty()) {
            return;
        }
        double s = canvas.viewport().scale();
        double dx = (e.getX() - startX) / s;
        double dy = (e.getY() - startY) / s;
        Position lead = origins.getOrDefault(pressedId, origins.values().iterator().next());
        if (!e.isAltDown()) {
            dx = snap(lead.x() + dx) - lead.x();
            dy = snap(lead.y() + dy) - lead.y();
        }
        Map<String, Position> to = new LinkedHashMap<>();
        for (Map.Entry<String, Position> o : origins.entrySet()) {
            to.put(o.getKey(), new Position(o.getValue().x() + dx, o.getValue().y() + dy));
        }
        doc.push(new Move(to, gesture));
    }

    private void released(MouseEvent e) {
        switch (mode) {
            case CONNECT -> geo().zoneAt(wx(e.getX()), wy(e.getY()))
                    .ifPresent(net -> doc.push(new Connect(connectFrom, net, doc.kinds())));
            case RUBBER -> {
                if (dragged) {
                    List<String> inside = geo().within(rubber());
                    if (e.isShortcutDown()) {
                        inside.forEach(id -> doc.selection().ids().add(id));
                    } else {
                        doc.selection().set(inside);
                    }
                } else if (!e.isShortcutDown()) {
                    doc.selection().clear();
                }
            }
            default -> { }
        }
        mode = Mode.NONE;
        connectFrom = null;
        hover = null;
        canvas.repaint();
    }

    private void moved(MouseEvent e) {
        double slack = 4 / canvas.viewport().scale();
        String over = geo().portAt(wx(e.getX()), wy(e.getY()), slack)
                .or(() -> geo().hit(wx(e.getX()), wy(e.getY()))).orElse(null);
        if (!java.util.Objects.equals(over, hover)) {
            hover = over;
            canvas.repaint();
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        canvas.viewport().zoomAt(Math.pow(1.1, e.getDeltaY() / 40), e.getX(), e.getY());
        e.consume();
    }

    /** A palette item released over the canvas (a full press-drag-release gesture started by the palette). */
    private void paletteDrop(MouseDragEvent e) {
        if (e.getGestureSource() instanceof javafx.scene.Node n && n.getUserData() instanceof PaletteItem item) {
            Position at = geo().toLab(wx(e.getX()), wy(e.getY()));
            add(item, new Position(snap(at.x()), snap(at.y())));
            canvas.surface().requestFocus();
            e.consume();
        }
    }

    /** Adds what a palette item stands for at a lab position and selects it. */
    void add(PaletteItem item, Position at) {
        Lab lab = doc.current();
        String id;
        if (item.nodeKind() != null) {
            NodeKind kind = item.nodeKind();
            AddNode add = new AddNode(kind, at);
            id = add.idIn(lab);
            doc.push(add);
        } else {
            NetworkKind kind = item.networkKind();
            id = Ids.unique(kind.id(), Ids.taken(lab));
            doc.push(new AddNetwork(kind, at));
        }
        doc.selection().set(List.of(id));
    }

    void paintOverlay(GraphicsContext g) {
        Viewport v = canvas.viewport();
        CanvasColors c = canvas.colors();
        g.setTransform(1, 0, 0, 1, 0, 0);
        if (mode == Mode.RUBBER && dragged) {
            double x = Math.min(startX, lastX);
            double y = Math.min(startY, lastY);
            g.setFill(c.selection().deriveColor(0, 1, 1, 0.12));
            g.fillRect(x, y, Math.abs(lastX - startX), Math.abs(lastY - startY));
            g.setStroke(c.selection());
            g.setLineWidth(1);
            g.strokeRect(x, y, Math.abs(lastX - startX), Math.abs(lastY - startY));
        }
        if (mode == Mode.CONNECT && connectFrom != null) {
            canvas.portOf(connectFrom).ifPresent(p -> {
                g.setStroke(c.selection());
                g.setLineWidth(2);
                g.setLineDashes(6, 4);
                g.strokeLine(p.getX(), p.getY(), lastX, lastY);
                g.setLineDashes();
            });
            if (hover != null) {
                geo().bounds(hover).ifPresent(r -> {
                    g.setStroke(c.selection());
                    g.setLineWidth(3);
                    g.strokeRoundRect(v.toScreenX(r.x()) - 3, v.toScreenY(r.y()) - 3,
                            r.w() * v.scale() + 6, r.h() * v.scale() + 6, 12, 12);
                });
            }
        }
    }

    private Rect rubber() {
        double x1 = wx(Math.min(startX, lastX));
        double y1 = wy(Math.min(startY, lastY));
        double x2 = wx(Math.max(startX, lastX));
        double y2 = wy(Math.max(startY, lastY));
        return new Rect(x1, y1, x2 - x1, y2 - y1);
    }

    static double snap(double v) {
        return Math.round(v / LabCanvas.GRID) * LabCanvas.GRID;
    }
}
