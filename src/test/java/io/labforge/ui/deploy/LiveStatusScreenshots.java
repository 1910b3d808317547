package io.labforge.ui.deploy;

import io.labforge.proxmox.Credentials;
import io.labforge.proxmox.ProxmoxClient;
import io.labforge.proxmox.Secret;
import io.labforge.proxmox.nodes.qemu.QemuOptions;
import io.labforge.proxmox.tls.TlsTrust;
import io.labforge.sandbox.Sandbox;
import io.labforge.sandbox.SandboxInspector.GuestInfo;
import io.labforge.ui.canvas.StatusBadge;
import io.labforge.ui.theme.Themes;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.file.Path;
import java.time.Duration;
import java.util.prefs.Preferences;

/**
 * Takes the live status and import screenshots for docs/deploy-window.md under Xvfb: badges refreshed
 * after a VM was stopped and another reconfigured outside the window, the import chooser, and the
 * imported lab on its new canvas. Needs ImageMagick's {@code import}.
 */
public final class LiveStatusScreenshots extends Application {

    private static Path out;

    /** Run this class's {@link Main} (the java launcher refuses an Application subclass without the JavaFX modules). */
    public static final class Main {
        public static void main(String[] args) {
            out = Path.of(args.length > 0 ? args[0] : "docs/images");
            Application.launch(LiveStatusScreenshots.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        new Themes(Preferences.userRoot().node("io/labforge/screenshots")).apply();
        DeployWindowFixture w = new DeployWindowFixture(stage, 1600, 1000);
        ((javafx.scene.control.SplitPane) w.designer.window().lookup(".canvas-holder").getParent().getParent())
                .setDividerPositions(0.7);
        w.designer.canvas().fitLater();
        Thread t = new Thread(() -> {
            try {
                w.connectSandbox(DeployWindowFixture.sandbox().withTimeScale(0.02));
                Platform.runLater(() -> w.designer.deploy().liveStatus().setPeriod(Duration.ofSeconds(1)));
                Platform.runLater(() -> w.designer.deploy().plan());
                DeployWindowFixture.await("plan", Duration.ofSeconds(60), () -> w.model().planProperty().get() != null);
                Platform.runLater(() -> w.model().deploy());
                DeployWindowFixture.await("deploy", Duration.ofSeconds(180), () -> w.model().resultProperty().get() != null);
                Sandbox s = w.target.sandbox();
                try (ProxmoxClient c = ProxmoxClient.builder(s.url().toString(),
                        new Credentials.ApiToken(s.tokenId(), Secret.of(s.tokenSecret().toCharArray())))
                        .trust(TlsTrust.pinned(s.fingerprint())).build()) {
                    GuestInfo lb1 = guest(w, "lb1");
                    GuestInfo db1 = guest(w, "db1");
                    c.node(lb1.node()).qemu().stop(lb1.vmid());
                    c.node(db1.node()).qemu().updateConfigSync(db1.vmid(), QemuOptions.create().cores(6));
                }
                DeployWindowFixture.await("badges", Duration.ofSeconds(60), () -> badge(w, "lb1").equals("stopped")
                        && badge(w, "db1").startsWith("drift"));
                Platform.runLater(() -> {
                    w.designer.canvas().actualSize();
                    w.designer.canvas().zoomOut();
                    w.designer.canvas().zoomOut();
                    w.designer.canvas().centreOn(java.util.List.of("lb1", "db1"));
                });
                Thread.sleep(1500);
                shot("live-status.png");
                Platform.runLater(() -> w.designer.canvas().fit());

                Platform.runLater(() -> w.designer.importer().importCluster());
                DeployWindowFixture.await("import dialog", Duration.ofSeconds(60), () -> importButton() != null);
                Thread.sleep(1000);
                shot("import-choose.png");
                Platform.runLater(() -> importButton().fire());
                DeployWindowFixture.await("imported lab", Duration.ofSeconds(60),
                        () -> "imported".equals(w.designer.document().current().name()));
                Thread.sleep(2000);
                shot("import-canvas.png");
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

    private static GuestInfo guest(DeployWindowFixture w, String name) {
        return w.target.sandbox().inspect().guests().stream().filter(g -> name.equals(g.name()) && !g.template())
                .findFirst().orElseThrow();
    }

    private static String badge(DeployWindowFixture w, String id) {
        StatusBadge b = w.designer.canvas().statusBadges().get(id);
        return b == null ? "" : b.text();
    }

    private static Button importButton() {
        for (Window win : Window.getWindows().toArray(Window[]::new)) {
            if (win.getScene() != null && win.getScene().lookup("#import-ok") instanceof Button b) {
                return b;
            }
        }
        return null;
    }

    private static void shot(String name) throws Exception {
        io.labforge.ui.ScreenGrab.root(out.resolve(name));
    }
}
