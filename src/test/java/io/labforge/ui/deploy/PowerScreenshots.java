package io.labforge.ui.deploy;

import io.labforge.ui.theme.Themes;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.Duration;
import java.util.prefs.Preferences;

/**
 * Takes the start/stop screenshots for docs/power.md under Xvfb: a stop of the deployed homelab in
 * progress, tier by tier. Run like {@link DeployScreenshots}. Needs ImageMagick's {@code import}.
 */
public final class PowerScreenshots extends Application {

    private static Path out;

    /** Run this class's {@link Main} (the java launcher refuses an Application subclass without the JavaFX modules). */
    public static final class Main {
        public static void main(String[] args) {
            out = Path.of(args.length > 0 ? args[0] : "docs/images");
            Application.launch(PowerScreenshots.class, args);
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
                w.connectSandbox(DeployWindowFixture.sandbox().withTimeScale(0.02));
                Platform.runLater(() -> w.designer.deploy().plan());
                DeployWindowFixture.await("plan", Duration.ofSeconds(60), () -> w.model().planProperty().get() != null);
                Platform.runLater(() -> w.model().deploy());
                DeployWindowFixture.await("deploy", Duration.ofSeconds(240), () -> w.model().resultProperty().get() != null);
                Platform.runLater(() -> w.designer.power().stopLab(false));
                DeployWindowFixture.await("stop begun", Duration.ofSeconds(60), () -> w.model().runningProperty().get());
                DeployWindowFixture.await("stop under way", Duration.ofSeconds(60), () -> w.model().progress().overallProperty().get() > 0.4);
                shot("power-stop.png");
                DeployWindowFixture.await("stopped", Duration.ofSeconds(120), () -> !w.model().runningProperty().get());
                Thread.sleep(1000);
                shot("power-stopped.png");
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
