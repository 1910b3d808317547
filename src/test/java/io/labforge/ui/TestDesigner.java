package io.labforge.ui;

import io.labforge.io.export.Exporters;
import io.labforge.ui.canvas.LabCanvas;
import io.labforge.ui.file.Dialogs;
import io.labforge.ui.file.RecentFiles;
import io.labforge.ui.file.Recovery;
import io.labforge.ui.task.SameThreadTaskRunner;
import io.labforge.ui.theme.Themes;

import javafx.geometry.Point2D;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.Preferences;

/** A designer for tests: same-thread tasks, scripted dialogs, preferences and recovery file of its own. */
final class TestDesigner {

    /** Dialog answers queued by a test. */
    static final class ScriptedDialogs implements Dialogs {
        final Deque<Path> files = new ArrayDeque<>();
        Unsaved unsaved = Unsaved.DISCARD;
        boolean restore = true;
        String lastError;

        @Override
        public Optional<Path> chooseOpen() {
            return Optional.ofNullable(files.poll());
        }

        @Override
        public Optional<Path> chooseSave(String suggestedName) {
            return Optional.ofNullable(files.poll());
        }

        @Override
        public Unsaved askUnsaved(String labName) {
            return unsaved;
        }

        @Override
        public boolean askRestore(String labName) {
            return restore;
        }

        @Override
        public void error(String title, String message) {
            lastError = title + ": " + message;
        }
    }

    private TestDesigner() {
    }

    static Preferences prefs() {
        return Preferences.userRoot().node("io/labforge/test/" + UUID.randomUUID());
    }

    static Designer create(ScriptedDialogs dialogs, Path dir) {
        return new Designer(new Designer.Services(new SameThreadTaskRunner(), dialogs, new RecentFiles(prefs()),
                new Recovery(dir.resolve("recovery/autosave.yaml")), Exporters.builtin(), new Themes(prefs())));
    }

    /** Screen point of an element's centre, after pending events (so the geometry is current). */
    static Point2D centreOf(LabCanvas canvas, String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return canvas.localToScreen(canvas.centreOf(id).orElseThrow(() -> new AssertionError("not drawn: " + id)));
    }

    /** Screen point of a node's port (where a connection is dragged from). */
    static Point2D portOf(LabCanvas canvas, String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return canvas.localToScreen(canvas.portOf(id).orElseThrow(() -> new AssertionError("not drawn: " + id)));
    }
}
