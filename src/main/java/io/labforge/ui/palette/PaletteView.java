package io.labforge.ui.palette;

import atlantafx.base.theme.Tweaks;
import io.labforge.io.diagram.DiagramPalette;
import io.labforge.kind.NodeKind;
import io.labforge.ui.canvas.CanvasColors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The palette: a search field over groups of entries. An entry is dragged onto the canvas (a full
 * press-drag-release gesture; the canvas reads the entry from the gesture's source) or
 * double-clicked to add it in the middle of the view.
 */
public final class PaletteView extends VBox {

    private final PaletteModel model;
    private final Consumer<PaletteItem> onActivate;
    private final VBox groups = new VBox();

    public PaletteView(PaletteModel model, Consumer<PaletteItem> onActivate) {
        this.model = model;
        this.onActivate = onActivate;
        setId("palette");
        getStyleClass().add("palette");
        TextField search = new TextField();
        search.setId("palette-search");
        search.setPromptText("Search kinds…");
        search.textProperty().addListener((o, a, b) -> fill(b));
        ScrollPane scroll = new ScrollPane(groups);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        groups.getStyleClass().add("palette-groups");
        getChildren().addAll(search, scroll);
        fill("");
    }

    private void fill(String query) {
        groups.getChildren().clear();
        for (Map.Entry<String, List<PaletteItem>> g : model.grouped(query).entrySet()) {
            Label header = new Label(g.getKey().toUpperCase());
            header.getStyleClass().add("palette-header");
            groups.getChildren().add(header);
            g.getValue().forEach(i -> groups.getChildren().add(entry(i)));
        }
    }

    private Node entry(PaletteItem item) {
        Label label = new Label(item.label(), icon(item));
        label.setGraphicTextGap(10);
        HBox row = new HBox(label);
        row.setId("palette-" + item.id());
        row.getStyleClass().add("palette-item");
        row.setUserData(item);
        Tooltip.install(row, new Tooltip(item.tooltip()));
        row.setOnDragDetected(e -> {
            row.startFullDrag();
            e.consume();
        });
        row.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                onActivate.accept(item);
            }
        });
        return row;
    }

    static Node icon(PaletteItem item) {
        if (item.nodeKind() != null) {
            NodeKind k = item.nodeKind();
            FontIcon icon = new FontIcon(k.icon());
            icon.setIconSize(18);
            icon.getStyleClass().add("category-" + k.category().name().toLowerCase().replace('_', '-'));
            StackPane tile = new StackPane(icon);
            tile.getStyleClass().add("palette-icon");
            return tile;
        }
        Rectangle bar = new Rectangle(18, 8);
        bar.setArcWidth(4);
        bar.setArcHeight(4);
        bar.setFill(CanvasColors.fx(DiagramPalette.zone(item.networkKind())));
        StackPane tile = new StackPane(bar);
        tile.getStyleClass().add("palette-icon");
        return tile;
    }
}
