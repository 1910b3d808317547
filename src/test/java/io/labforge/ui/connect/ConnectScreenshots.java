package io.labforge.ui.connect;

import io.labforge.deploy.connect.ConfigPaths;
import io.labforge.sandbox.Sandbox;
import io.labforge.ui.ScreenGrab;
import io.labforge.ui.task.FxTaskRunner;
import io.labforge.ui.theme.Themes;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * Takes the Connect dialog screenshot for docs/deploy-window.md under Xvfb: a profile typed in, Test
 * connection run against the sandbox (certificate trusted once), the probe's findings shown. Run like
 * {@code io.labforge.ui.deploy.DeployScreenshots}. Needs ImageMagick's {@code import}.
 */
public final class ConnectScreenshots extends Application {

    private static Path out;

    /** Run this class's {@link Main} (the java launcher refuses an Application subclass without the JavaFX modules). */
    public static final class Main {
        public static void main(String[] args) {
            out = Path.of(args.length > 0 ? args[0] : "docs/images");
            Application.launch(ConnectScreenshots.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        new Themes(Preferences.userRoot().node("io/labforge/screenshots")).apply();
        stage.setScene(new Scene(new StackPane(), 900, 700));
        stage.setTitle("Labforge");
        stage.show();
        Path config = Files.createTempDirectory("labforge-connect-shot");
        Sandbox sandbox = Sandbox.start(SandboxTarget.defaultConfig(0.01).withPort(0));
        new ConnectDialog(new FxTaskRunner(), () -> stage, new ConfigPaths(config)).show(t -> { }, () -> { });
        Thread t = new Thread(() -> {
            try {
                ScreenGrab.onFx(() -> {
                    text("#connect-profile .text-field", "home-pve");
                    text("#connect-url", sandbox.url().toString());
                    text("#connect-node", "pve");
                    text("#connect-token", sandbox.tokenId());
                    text("#connect-secret", sandbox.tokenSecret());
                    text("#connect-node-ssh", "root@pve.lan");
                    text("#connect-ssh-key", "~/.ssh/id_ed25519.pub");
                    ((ButtonBase) find("#connect-test").orElseThrow()).fire();
                    return null;
                });
                ScreenGrab.await("the certificate question", () -> find("#tls-confirm").isPresent());
                ScreenGrab.onFx(() -> {
                    find("#tls-confirm").orElseThrow().lookupAll(".button").stream()
                            .filter(b -> "Trust once".equals(((Button) b).getText())).findFirst()
                            .map(ButtonBase.class::cast).orElseThrow().fire();
                    return null;
                });
                ScreenGrab.await("the findings", () -> ((TextArea) find("#connect-findings").orElseThrow()).getText().startsWith("Proxmox VE"));
                Thread.sleep(800);
                shot("connect.png");
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                sandbox.close();
                Platform.exit();
            }
        }, "screenshots");
        t.setDaemon(true);
        t.start();
    }

    /** Set on the FX thread; {@code selector} is looked up in every open window. */
    private static void text(String selector, String value) {
        ((TextInputControl) find(selector).orElseThrow(() -> new IllegalStateException(selector))).setText(value);
    }

    private static Optional<Node> find(String selector) {
        return Window.getWindows().stream().map(w -> w.getScene().getRoot().lookup(selector))
                .filter(n -> n != null).findFirst();
    }

    private static void shot(String name) throws Exception {
        ScreenGrab.root(out.resolve(name));
    }
}
