package io.labforge.ui.welcome;

import atlantafx.base.theme.Styles;
import io.labforge.ui.welcome.SandboxRehearsal.Stage;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.EnumSet;

/** A strip across the top of the canvas that tells where a sandbox rehearsal is, with Cancel while it prepares. */
final class RehearsalBanner extends HBox {

    private static final EnumSet<Stage> PREPARING = EnumSet.of(Stage.OPENING, Stage.STARTING, Stage.PLANNING);

    RehearsalBanner(SandboxRehearsal rehearsal) {
        setId("rehearsal-banner");
        getStyleClass().add("rehearsal-banner");
        setSpacing(10);
        setAlignment(Pos.CENTER_LEFT);
        setMaxSize(760, USE_PREF_SIZE);
        StackPane.setAlignment(this, Pos.TOP_CENTER);
        StackPane.setMargin(this, new Insets(12));
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        FontIcon icon = new FontIcon("mdi2t-test-tube");
        Label text = new Label();
        text.setId("rehearsal-status");
        text.setWrapText(true);
        text.setGraphic(icon);
        text.textProperty().bind(rehearsal.statusProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button cancel = new Button("Cancel");
        cancel.setId("rehearsal-cancel");
        cancel.setOnAction(e -> rehearsal.cancel());
        cancel.setMinWidth(USE_PREF_SIZE);
        Button close = new Button(null, new FontIcon("mdi2c-close"));
        close.setId("rehearsal-close");
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        close.setTooltip(new Tooltip("Hide this message (a deploy keeps going)"));
        close.setOnAction(e -> rehearsal.dismiss());
        var preparing = Bindings.createBooleanBinding(() -> PREPARING.contains(rehearsal.stageProperty().get()),
                rehearsal.stageProperty());
        spinner.visibleProperty().bind(preparing);
        spinner.managedProperty().bind(preparing);
        cancel.visibleProperty().bind(preparing);
        cancel.managedProperty().bind(preparing);
        close.visibleProperty().bind(preparing.not());
        close.managedProperty().bind(preparing.not());
        mark(rehearsal.stageProperty().get());
        rehearsal.stageProperty().addListener((o, a, s) -> mark(s));
        getChildren().addAll(spinner, text, cancel, close);
    }

    private void mark(Stage s) {
        getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
        if (s == Stage.FAILED) {
            getStyleClass().add(Styles.DANGER);
        } else if (s == Stage.DONE) {
            getStyleClass().add(Styles.SUCCESS);
        }
    }
}
