package io.labforge.ui;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Puts the panels in their places (DESIGN.md §1); holds no behaviour of its own. */
public final class MainWindow extends BorderPane {

    private static final double PALETTE_WIDTH = 230;
    private static final double INSPECTOR_WIDTH = 350;
    private static final double MIN_CANVAS_WIDTH = 480;

    private final StackPane centre;
    private final SplitPane vertical;

    public MainWindow(Node menuBar, Node toolBar, Node palette, Node canvas, Node inspector, TabPane bottom, Node status) {
        setId("main-window");
        setTop(new VBox(menuBar, toolBar));
        centre = new StackPane(canvas);
        centre.getStyleClass().add("canvas-holder");
        vertical = new SplitPane(centre, bottom);
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setDividerPositions(0.8);
        SplitPane.setResizableWithParent(bottom, false);
        SplitPane horizontal = new SplitPane(palette, vertical, inspector);
        horizontal.setDividerPositions(0.15, 0.8);
        SplitPane.setResizableWithParent(palette, false);
        SplitPane.setResizableWithParent(inspector, false);
        openSidePanes(horizontal);
        setCenter(horizontal);
        setBottom(status);
    }

    /**
     * Opens the palette and the inspector at widths their content reads at (a NIC line: network, address,
     * remove), not at shares of the window: at 1280 px a fifth left the inspector too narrow to show an
     * address. The canvas takes the rest, and every later resize. A window too narrow keeps the shares.
     */
    private static void openSidePanes(SplitPane horizontal) {
        horizontal.widthProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> o, Number was, Number width) {
                double w = width.doubleValue();
                if (w <= 0) {
                    return;
                }
                horizontal.widthProperty().removeListener(this);
                if (w >= PALETTE_WIDTH + INSPECTOR_WIDTH + MIN_CANVAS_WIDTH) {
                    horizontal.setDividerPositions(PALETTE_WIDTH / w, 1 - INSPECTOR_WIDTH / w);
                }
            }
        });
    }

    /** Shows a card (the welcome screen) over the canvas, or removes it with {@code null}. */
    public void overlay(Node card) {
        centre.getChildren().removeIf(n -> n != centre.getChildren().get(0));
        if (card != null) {
            centre.getChildren().add(card);
        }
    }

    /** The card shown over the canvas, or {@code null}. */
    public Node overlaid() {
        return centre.getChildren().size() > 1 ? centre.getChildren().get(centre.getChildren().size() - 1) : null;
    }

    /** Gives the bottom tabs (plan, deploy progress) at least {@code share} of the height. */
    public void revealBottom(double share) {
        double[] at = vertical.getDividerPositions();
        if (at.length > 0 && at[0] > 1 - share) {
            vertical.setDividerPositions(1 - share);
        }
    }

    public static Tab tab(String id, String title, Node content) {
        Tab t = new Tab(title, content);
        t.setId(id);
        t.setClosable(false);
        return t;
    }
}
