package io.labforge.ui.deploy;

import io.labforge.io.LabFiles;
import io.labforge.io.export.Exporters;
import io.labforge.model.Lab;
import io.labforge.sandbox.SandboxConfig;
import io.labforge.ui.Designer;
import io.labforge.ui.connect.SandboxTarget;
import io.labforge.ui.file.Dialogs;
import io.labforge.ui.file.RecentFiles;
import io.labforge.ui.file.Recovery;
import io.labforge.ui.task.FxTaskRunner;
import io.labforge.ui.theme.Themes;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;

/** The real designer window with the homelab sample open, for the deploy window tests and screenshots. */
final class DeployWindowFixture {

    /** Real seconds per simulated second for tests: a 60 s clone takes 0.3 s. */
    static final double SCALE = 0.005;

    final Designer designer;
    SandboxTarget target;

    DeployWindowFixture(Stage stage) throws Exception {
        this(stage, 1280, 800);
    }

    DeployWindowFixture(Stage stage, double width, double height) throws Exception {
        Path tmp = Files.createTempDirectory("labforge-deploy-window");
        Preferences prefs = Preferences.userRoot().node("io/labforge/test/deploy-window/" + UUID.randomUUID());
        designer = new Designer(new Designer.Services(new FxTaskRunner(), new NoDialogs(), new RecentFiles(prefs.node("recent")),
                new Recovery(tmp.resolve("recovery.yaml")), Exporters.builtin(), new Themes(prefs.node("theme"))));
        Scene scene = new Scene(designer.window(), width, height);
        scene.getStylesheets().add(Designer.class.getResource("designer.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        Lab lab = LabFiles.read(Path.of("assets/samples/homelab.yaml"));
        designer.document().replace(lab, null);
    }

    DeployModel model() {
        return designer.deployModel();
    }

    /** Starts a sandbox through the window's own "Use the sandbox" path and waits for the connection. */
    void connectSandbox(SandboxConfig config) throws Exception {
        CompletableFuture<SandboxTarget> started = new CompletableFuture<>();
        Platform.runLater(() -> designer.deploy().useSandbox(config, started::complete));
        target = started.get(60, TimeUnit.SECONDS);
    }

    static SandboxConfig sandbox() {
        return SandboxTarget.defaultConfig(SCALE);
    }

    void close() {
        if (target != null) {
            target.close();
        }
    }

    /** As {@link #await}, saying what was seen last when it times out. */
    static void awaitValue(String what, Duration max, java.util.function.Supplier<String> seen,
                           java.util.function.Predicate<String> wanted) throws InterruptedException {
        long end = System.nanoTime() + max.toNanos();
        String last;
        while (!wanted.test(last = seen.get())) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what + "; last seen: " + last);
            }
            Thread.sleep(20);
        }
    }

    static void await(String what, Duration max, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + max.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(10);
        }
    }

    /** A test never opens a file dialog. */
    private static final class NoDialogs implements Dialogs {
        @Override
        public Optional<Path> chooseOpen() {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseSave(String suggestedName) {
            return Optional.empty();
        }

        @Override
        public Unsaved askUnsaved(String labName) {
            return Unsaved.DISCARD;
        }

        @Override
        public boolean askRestore(String labName) {
            return false;
        }

        @Override
        public void error(String title, String message) {
        }
    }
}
