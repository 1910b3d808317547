package io.labforge.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;

import java.nio.file.Path;

/**
 * Takes the README's quick-start screenshots under Xvfb, through the real start-up: the welcome card,
 * "Try it on the sandbox" on the homelab, the plan, mid-deploy, done. Run it with a home and preferences
 * of its own (see docs/deploy-window.md#screenshots), so no recent file or autosave of yours shows.
 * Needs ImageMagick's {@code import}.
 */
public final class FirstRunScreenshots extends Application {

    private static Path out;
    private Stage stage;

    /** Run this class's {@link Main} (the java launcher refuses an Application subclass without the JavaFX modules). */
    public static final class Main {
        public static void main(String[] args) {
            out = Path.of(args.length > 0 ? args[0] : "docs/images");
            Application.launch(FirstRunScreenshots.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        new LabforgeApp().start(stage);
        Thread t = new Thread(() -> {
            try {
                ScreenGrab.await("the samples described", () -> root().lookup(".welcome-sample .label") instanceof Label l
                        && !l.getText().isBlank());
                Thread.sleep(800);
                shot("first-run-1-welcome.png");
                fire("#welcome-try-homelab");
                Thread.sleep(400);
                shot("first-run-2-sample.png");
                ScreenGrab.await("the plan", () -> root().lookup("#plan-deploy") instanceof Button b && !b.isDisabled());
                Thread.sleep(1200);
                shot("first-run-3-plan.png");
                fire("#plan-deploy");
                ScreenGrab.await("half the deploy", () -> root().lookup("#deploy-overall") instanceof ProgressBar p
                        && p.getProgress() > 0.45);
                shot("first-run-4-deploying.png");
                ScreenGrab.await("the summary", () -> root().lookup("#deploy-summary") instanceof Label l && !l.getText().isBlank());
                Thread.sleep(1200);
                shot("first-run-5-done.png");
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                Platform.exit();
            }
        }, "screenshots");
        t.setDaemon(true);
        t.start();
    }

    private Node root() {
        return stage.getScene().getRoot();
    }

    private void fire(String button) throws Exception {
        ScreenGrab.onFx(() -> {
            ((Button) root().lookup(button)).fire();
            return null;
        });
    }

    private static void shot(String name) throws Exception {
        ScreenGrab.root(out.resolve(name));
    }
}
