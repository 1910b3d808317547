package io.labforge.ui;

import io.labforge.io.export.Exporters;
import io.labforge.ui.file.FxDialogs;
import io.labforge.ui.file.RecentFiles;
import io.labforge.ui.file.Recovery;
import io.labforge.ui.startup.AfterFirstFrame;
import io.labforge.ui.startup.PendingDesigner;
import io.labforge.ui.startup.StartupTrace;
import io.labforge.ui.startup.Warmup;
import io.labforge.ui.task.FxTaskRunner;
import io.labforge.ui.theme.Themes;
import io.labforge.ui.welcome.Samples;
import io.labforge.ui.welcome.WelcomeView;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;

/**
 * The JavaFX application: the designer window. The window first shows the welcome card alone and
 * builds the designer around it once that frame is on the screen (docs/startup.md).
 * {@code -Dlabforge.open=FILE} opens a lab at start (screenshots, demos);
 * {@code -Dlabforge.startupTrace=true} prints start-up milestones.
 */
public final class LabforgeApp extends Application {

    /** Opens the window and returns when it closes. */
    public static void open(String[] args) {
        Application.launch(LabforgeApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("FX toolkit started");
        Themes themes = new Themes(Preferences.userRoot().node("io/labforge/appearance"));
        themes.apply();
        RecentFiles recent = RecentFiles.user();
        Recovery recovery = Recovery.user();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        String open = System.getProperty("labforge.open", System.getenv("LABFORGE_OPEN"));
        boolean opening = open != null && !open.isBlank();
        boolean plain = !opening && !Files.exists(recovery.file());

        PendingDesigner pending = new PendingDesigner(recent);
        StackPane first = new StackPane();
        first.setBackground(Background.fill(themes.canvasColors().background()));
        WelcomeView welcome = plain ? new WelcomeView(pending, Samples.named(), () -> pending.whenReady(
                d -> d.window().overlay(null)), sample -> pending.whenReady(d -> d.rehearsal().trySample(sample))) : null;
        // the first frame is never blank: it says what comes (and start-up waits for it to be on the screen)
        first.getChildren().add(welcome != null ? welcome : new Label(opening
                ? "Opening " + Path.of(open).getFileName() + "…" : "Checking for unsaved work…"));
        Scene scene = new Scene(first, Math.min(1600, screen.getWidth()), Math.min(1000, screen.getHeight()));
        scene.getStylesheets().add(LabforgeApp.class.getResource("designer.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("untitled — Labforge");
        stage.setOnShown(e -> StartupTrace.mark("window shown"));
        Runnable build = () -> {
            Designer d = buildDesigner(stage, themes, recent, recovery);
            StartupTrace.mark("designer built");
            if (welcome != null) {
                d.window().overlay(welcome);
                d.describeSamples(welcome);
            }
            scene.setRoot(d.window());
            pending.ready(d);
            if (opening) {
                d.files().open(Path.of(open));
            } else if (!plain && !d.files().offerRecovery()) {
                d.showWelcome();
            }
            AfterFirstFrame.run(stage, () -> StartupTrace.mark("designer painted"));
        };
        stage.setOnCloseRequest(e -> {
            e.consume();
            pending.whenReady(d -> d.files().whenSettled(() -> {
                d.files().exited();
                stage.close();
            }));
        });
        stage.show();
        StartupTrace.mark("first frame requested");
        Warmup.start();
        AfterFirstFrame.run(stage, () -> {
            StartupTrace.mark("first frame on screen");
            build.run();
        });
    }

    private Designer buildDesigner(Stage stage, Themes themes, RecentFiles recent, Recovery recovery) {
        Designer d = new Designer(new Designer.Services(new FxTaskRunner(), new FxDialogs(() -> stage),
                recent, recovery, Exporters.builtin(), themes,
                io.labforge.ui.help.HelpActions.browser(getHostServices())));
        stage.titleProperty().bind(d.document().titleProperty());
        Timeline autosave = new Timeline(new KeyFrame(Duration.seconds(30), e -> d.files().autosave()));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosave.play();
        return d;
    }
}
