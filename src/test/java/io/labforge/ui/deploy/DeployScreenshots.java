package io.labforge.ui.deploy;

import io.labforge.ui.theme.Themes;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.Duration;
import java.util.prefs.Preferences;

/**
 * Takes the deploy window screenshots for the docs under Xvfb (see docs/deploy-window.md):
 * the plan on the canvas, a deploy in progress, the deploy done. Needs ImageMagick's {@code import}.
 */
public final class DeployScreenshots extends Application {

    private static Path out;

    /** Run this class's {@link Main} (the java launcher refuses an Application subclass without the JavaFX modules). */
    public static final class Main {
        public static void main(String[] args) {
            out = Path.of(args.length > 0 ? args[0] : "docs/images");
            Application.launch(DeployScreenshots.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        new Themes(Preferences.userRoot().node("io/labforge/screenshots")).apply();
        DeployWindowFixture w = new DeployWindowFixture(stage, 1600, 1000);
        ((javafx.scene.control.SplitPane) w.designer.window().lookup(".canvas-holder").getParent().getParent())
                .setDividerPositions(0.56);
        w.designer.canvas().fitLater();
        Thread t = new Thread(() -> {
            try {
                w.connectSandbox(DeployWindowFixture.sandbox().withTimeScale(0.08));
                Platform.runLater(() -> w.designer.deploy().plan());
                DeployWindowFixture.await("plan", Duration.ofSeconds(30), () -> w.model().planProperty().get() != null);
                Thread.sleep(1500);
                shot("deploy-plan.png");
                Platform.runLater(() -> w.model().deploy());
                DeployWindowFixture.await("progress", Duration.ofSeconds(60), () -> w.model().progress().overallProperty().get() > 0.45);
                Platform.runLater(() -> ((javafx.scene.control.TableView<?>) w.designer.window().lookup("#deploy-rows"))
                        .getSelectionModel().select(3));
                Thread.sleep(700);
                shot("deploy-progress.png");
                DeployWindowFixture.await("done", Duration.ofSeconds(120), () -> w.model().resultProperty().get() != null);
                Thread.sleep(1200);
                shot("deploy-done.png");
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                w.close();
                Platform.exit();
            }
        }, "screenshots");
        t.setDaemon(true);
        t.start();
    }

    private static void shot(String name) throws Exception {
        io.labforge.ui.ScreenGrab.root(out.resolve(name));
    }
}
