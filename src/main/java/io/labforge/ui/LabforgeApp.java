package io.labforge.ui;

import io.labforge.io.export.Exporters;
import io.labforge.ui.file.FxDialogs;
import io.labforge.ui.file.RecentFiles;
import io.labforge.ui.file.Recovery;
import io.labforge.ui.task.FxTaskRunner;
import io.labforge.ui.theme.Themes;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Instant;
import java.util.prefs.Preferences;

/**
 * The JavaFX application: the designer window. {@code -Dlabforge.open=FILE} opens a lab at start
 * (screenshots, demos); {@code -Dlabforge.startupTrace=true} prints the time from JVM start to the
 * first shown window.
 */
public final class LabforgeApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(LabforgeApp.class);

    /** Opens the window and returns when it closes. */
    public static void open(String[] args) {
        Application.launch(LabforgeApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Themes themes = new Themes(Preferences.userRoot().node("io/labforge/appearance"));
        themes.apply();
        Designer d = new Designer(new Designer.Services(new FxTaskRunner(), new FxDialogs(() -> stage),
                RecentFiles.user(), Recovery.user(), Exporters.builtin(), themes,
                io.labforge.ui.help.HelpActions.browser(getHostServices())));
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(d.window(), Math.min(1600, screen.getWidth()), Math.min(1000, screen.getHeight()));
        scene.getStylesheets().add(LabforgeApp.class.getResource("designer.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(d.document().titleProperty());
        stage.setOnCloseRequest(e -> {
            e.consume();
            d.files().whenSettled(() -> {
                d.files().exited();
                stage.close();
            });
        });
        stage.setOnShown(e -> traceStartup());
        Timeline autosave = new Timeline(new KeyFrame(Duration.seconds(30), e -> d.files().autosave()));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosave.play();
        stage.show();
        String open = System.getProperty("labforge.open", System.getenv("LABFORGE_OPEN"));
        if (open != null && !open.isBlank()) {
            d.files().open(Path.of(open));
        } else if (!d.files().offerRecovery()) {
            d.showWelcome();
        }
    }

    private static void traceStartup() {
        long ms = ProcessHandle.current().info().startInstant()
                .map(t -> java.time.Duration.between(t, Instant.now()).toMillis()).orElse(-1L);
        if (Boolean.getBoolean("labforge.startupTrace")) {
            System.out.println("labforge: first window shown " + ms + " ms after JVM start");
        }
        LOG.debug("first window shown {} ms after JVM start", ms);
    }
}
