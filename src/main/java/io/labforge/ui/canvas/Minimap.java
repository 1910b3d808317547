package io.labforge.ui.canvas;

import io.labforge.io.diagram.DiagramModel;
import io.labforge.io.diagram.Rect;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;

/** A small overview of the whole lab with the visible area marked; a click there centres the view. */
final class Minimap extends Canvas {

    static final double WIDTH = 180;
    static final double HEIGHT = 120;

    private CanvasColors colors = CanvasColors.LIGHT;
    private double scale = 1;
    private Rect content;
    private double dx;
    private double dy;

    Minimap(LabCanvas owner) {
        super(WIDTH, HEIGHT);
        setId("minimap");
        setOnMousePressed(e -> centre(owner, e.getX(), e.getY()));
        setOnMouseDragged(e -> centre(owner, e.getX(), e.getY()));
    }

    void setColors(CanvasColors c) {
        colors = c;
    }

    private void centre(LabCanvas owner, double x, double y) {
        if (content == null) {
            return;
        }
        owner.viewport().centreOn(content.x() + x / scale - dx, content.y() + y / scale - dy, owner.getWidth(), owner.getHeight());
    }

    void paint(DiagramGeometry geo, Viewport view, double w, double h) {
        content = geo.diagramContent();
        Rect visible = view.visible(w, h).moved(geo.dx(), geo.dy());
        dx = geo.dx();
        dy = geo.dy();
        // Shown only when part of the lab is out of view.
        setVisible(content != null && !(visible.x() <= content.x() && visible.y() <= content.y()
                && visible.right() >= content.right() && visible.bottom() >= content.bottom()));
        if (!isVisible()) {
            return;
        }
        GraphicsContext g = getGraphicsContext2D();
        g.setFill(colors.cardFill());
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setStroke(colors.cardBorder());
        g.setLineWidth(1);
        g.strokeRect(0.5, 0.5, WIDTH - 1, HEIGHT - 1);
        scale = Math.min((WIDTH - 8) / content.w(), (HEIGHT - 8) / content.h());
        double ox = 4 - content.x() * scale;
        double oy = 4 - content.y() * scale;
        for (DiagramModel.Zone z : geo.model().zones()) {
            g.setFill(CanvasColors.fx(z.color()));
            Rect r = z.bounds();
            g.fillRect(ox + r.x() * scale, oy + r.y() * scale, r.w() * scale, Math.max(1, r.h() * scale));
        }
        for (DiagramModel.Card c : geo.model().cards()) {
            g.setFill(CanvasColors.fx(c.accent()));
            Rect r = c.bounds();
            g.fillRect(ox + r.x() * scale, oy + r.y() * scale, Math.max(1, r.w() * scale), Math.max(1, r.h() * scale));
        }
        g.setStroke(colors.selection());
        g.setLineWidth(1.5);
        g.strokeRect(ox + visible.x() * scale, oy + visible.y() * scale, visible.w() * scale, visible.h() * scale);
        scale = scale == 0 ? 1 : scale;
        content = new Rect(content.x() - 4 / scale, content.y() - 4 / scale, content.w(), content.h());
    }
}
