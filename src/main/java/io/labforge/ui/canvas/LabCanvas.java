package io.labforge.ui.canvas;

import io.labforge.io.diagram.DiagramLayout;
import io.labforge.io.diagram.Rect;
import io.labforge.ui.LabDocument;
import io.labforge.validate.Problem;
import io.labforge.validate.Severity;
import io.labforge.validate.ValidationReport;
import javafx.animation.AnimationTimer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.SetChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The drawing area: a canvas sized to the view that repaints at most once per frame, and only
 * when something changed (see docs/decisions/ui-01-canvas-rendering.md).
 */
public final class LabCanvas extends Region {

    /** Grid step and snap, in world units. */
    public static final double GRID = 16;

    private final LabDocument doc;
    private final DiagramLayout layout;
    private final Canvas canvas = new Canvas();
    private final Viewport view = new Viewport();
    private final CanvasPainter painter = new CanvasPainter();
    private final CanvasInput input;
    private final Minimap minimap;
    private final DoubleProperty zoom = new SimpleDoubleProperty(1);
    private DiagramGeometry geometry;
    private Map<String, Color> badges = Map.of();
    private final javafx.collections.ObservableMap<String, StatusBadge> statusBadges =
            javafx.collections.FXCollections.observableHashMap();
    private CanvasColors colors = CanvasColors.LIGHT;
    private boolean dirty = true;
    private boolean fitPending = true;

    public LabCanvas(LabDocument doc) {
        this.doc = doc;
        this.layout = new DiagramLayout(doc.kinds());
        setId("canvas");
        getStyleClass().add("lab-canvas");
        getChildren().add(canvas);
        canvas.setFocusTraversable(true);
        geometry = DiagramGeometry.of(doc.current(), layout);
        minimap = new Minimap(this);
        getChildren().add(minimap);
        view.onChange(() -> {
            zoom.set(view.scale());
            repaint();
        });
        doc.labProperty().addListener((o, a, b) -> {
            geometry = DiagramGeometry.of(b, layout);
            if (a == null || !a.name().equals(b.name()) && doc.stack().revision() <= 1) {
                fitPending = true;
            }
            repaint();
        });
        doc.reportProperty().addListener((o, a, b) -> {
            badges = badges(b);
            repaint();
        });
        doc.selection().ids().addListener((SetChangeListener<String>) c -> repaint());
        statusBadges.addListener((javafx.collections.MapChangeListener<String, StatusBadge>) c -> repaint());
        input = new CanvasInput(this, doc);
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (dirty) {
                    dirty = false;
                    paintNow();
                }
            }
        }.start();
    }

    /** Fits the lab into view the next time the canvas has a size (after opening a lab). */
    public void fitLater() {
        fitPending = true;
        repaint();
    }

    public void fit() {
        view.fit(geometry.content(), getWidth(), getHeight(), 40);
    }

    public void zoomIn() {
        view.zoomAt(1.25, getWidth() / 2, getHeight() / 2);
    }

    public void zoomOut() {
        view.zoomAt(0.8, getWidth() / 2, getHeight() / 2);
    }

    public void actualSize() {
        view.zoomAt(1 / view.scale(), getWidth() / 2, getHeight() / 2);
    }

    /** Pans so that the given elements are in the middle of the view. */
    public void centreOn(java.util.Collection<String> ids) {
        Rect box = null;
        for (String id : ids) {
            Optional<Rect> b = geometry.bounds(id);
            if (b.isPresent()) {
                box = b.get().union(box);
            }
        }
        if (box != null) {
            view.centreOn(box.centerX(), box.centerY(), getWidth(), getHeight());
        }
    }

    /** Adds a palette entry in the middle of the view (double-click in the palette). */
    public void addAtCentre(io.labforge.ui.palette.PaletteItem item) {
        io.labforge.model.Position at = geometry.toLab(view.toWorldX(getWidth() / 2), view.toWorldY(getHeight() / 2));
        input.add(item, new io.labforge.model.Position(CanvasInput.snap(at.x()), CanvasInput.snap(at.y())));
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public Viewport viewport() {
        return view;
    }

    public DiagramGeometry geometry() {
        return geometry;
    }

    public Canvas surface() {
        return canvas;
    }

    public void setColors(CanvasColors newColors) {
        colors = newColors;
        minimap.setColors(newColors);
        repaint();
    }

    CanvasColors colors() {
        return colors;
    }

    /** Where an element's centre is, in this region's coordinates (for tests and tooltips). */
    public Optional<Point2D> centreOf(String id) {
        return geometry.bounds(id).map(r -> new Point2D(view.toScreenX(r.centerX()), view.toScreenY(r.centerY())));
    }

    /** Where a node's port is, in this region's coordinates. */
    public Optional<Point2D> portOf(String id) {
        return geometry.bounds(id).map(r -> new Point2D(
                view.toScreenX(DiagramGeometry.portX(r)), view.toScreenY(DiagramGeometry.portY(r))));
    }

    /** Plan and deploy status per node id, drawn on the node's card. */
    public javafx.collections.ObservableMap<String, StatusBadge> statusBadges() {
        return statusBadges;
    }

    public void repaint() {
        dirty = true;
    }

    /** Paints at once; returns the number of cards drawn (the bench calls this). */
    public int paintNow() {
        double w = getWidth();
        double h = getHeight();
        if (w <= 0 || h <= 0) {
            return 0;
        }
        if (fitPending) {
            fitPending = false;
            view.fit(geometry.content(), w, h, 40);
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        painter.status = statusBadges;
        painter.paint(g, geometry.model(), geometry.dx(), geometry.dy(), new CanvasPainter.Frame(view, w, h, colors,
                doc.selection().ids(), badges, input.hover()));
        input.paintOverlay(g);
        minimap.paint(geometry, view, w, h);
        return painter.drawnCards;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            repaint();
        }
        minimap.relocate(w - Minimap.WIDTH - 12, h - Minimap.HEIGHT - 12);
    }

    private static Map<String, Color> badges(ValidationReport report) {
        Map<String, Color> out = new HashMap<>();
        for (Problem p : report.problems()) {
            Color c = p.severity() == Severity.ERROR ? CanvasColors.LIGHT.error()
                    : p.severity() == Severity.WARNING ? CanvasColors.LIGHT.warning() : null;
            if (c == null) {
                continue;
            }
            for (String id : p.subjects()) {
                out.merge(id, c, (x, y) -> x.equals(CanvasColors.LIGHT.error()) ? x : y);
            }
        }
        return out;
    }
}
