package io.labforge.ui;

import atlantafx.base.theme.PrimerLight;
import io.labforge.app.AppInfo;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The JavaFX application: the designer window. */
public final class LabforgeApp extends Application {

    /** Opens the window and returns when it closes. */
    public static void open(String[] args) {
        Application.launch(LabforgeApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setTitle("Labforge " + AppInfo.version());
        stage.setScene(new Scene(new StackPane(new Label("Labforge")), 1280, 800));
        stage.show();
    }
}
