package io.labforge.ui;

import io.labforge.edit.AddNode;
import io.labforge.io.LabFiles;
import io.labforge.kind.NodeKinds;
import io.labforge.model.Lab;
import io.labforge.model.Position;
import io.labforge.ui.file.FileActions;
import io.labforge.ui.file.RecentFiles;
import io.labforge.ui.file.Recovery;
import io.labforge.ui.task.SameThreadTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The document and file view models, without the toolkit. */
class FileActionsTest {

    @TempDir
    Path dir;

    private final TestDesigner.ScriptedDialogs dialogs = new TestDesigner.ScriptedDialogs();
    private final LabDocument doc = new LabDocument(NodeKinds.builtin(), new SameThreadTaskRunner());
    private final LogModel log = new LogModel();

    private FileActions files(Recovery recovery) {
        return new FileActions(doc, dialogs, new RecentFiles(TestDesigner.prefs()), recovery, log);
    }

    @Test
    void saveMarksCleanAndOpenReadsBack() throws Exception {
        FileActions files = files(new Recovery(dir.resolve("r.yaml")));
        doc.push(new AddNode(NodeKinds.builtin().get("linux-vm"), new Position(0, 0)));
        assertThat(doc.titleProperty().get()).startsWith("*untitled");
        Path file = dir.resolve("lab.yaml");
        dialogs.files.add(file);
        files.save();
        assertThat(doc.dirtyProperty().get()).isFalse();
        assertThat(doc.titleProperty().get()).isEqualTo("lab.yaml — Labforge");
        assertThat(LabFiles.read(file).node("linux-vm-1")).isPresent();
        assertThat(files.recent().list()).containsExactly(file.toAbsolutePath().normalize());

        files.newLab();
        assertThat(doc.current().nodes()).isEmpty();
        files.open(file);
        assertThat(doc.current().node("linux-vm-1")).isPresent();
        assertThat(doc.report().problems()).isNotNull();
    }

    @Test
    void cancelOnUnsavedChangesKeepsTheLab() {
        FileActions files = files(new Recovery(dir.resolve("r.yaml")));
        doc.push(new AddNode(NodeKinds.builtin().get("linux-vm"), new Position(0, 0)));
        dialogs.unsaved = io.labforge.ui.file.Dialogs.Unsaved.CANCEL;
        files.newLab();
        assertThat(doc.current().nodes()).hasSize(1);
    }

    @Test
    void anUnreadableFileIsReportedWithItsLocationAndNothingChanges() throws Exception {
        FileActions files = files(new Recovery(dir.resolve("r.yaml")));
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "schemaVersion: 1\nname: x\nnodes:\n  - id: a\n    kind: firewal\n");
        files.open(bad);
        assertThat(dialogs.lastError).contains("bad.yaml:5:");
        assertThat(doc.current().name()).isEqualTo("untitled");
    }

    @Test
    void aRecentFileThatIsGoneIsSaidSoAndTakenOffTheList() throws Exception {
        FileActions files = files(new Recovery(dir.resolve("r.yaml")));
        Path kept = dir.resolve("kept.yaml");
        Path gone = dir.resolve("gone.yaml");
        LabFiles.write(Lab.empty("kept"), kept);
        LabFiles.write(Lab.empty("gone"), gone);
        files.open(kept);
        files.open(gone);
        assertThat(files.recent().list()).hasSize(2);
        Files.delete(gone);
        files.open(gone);
        assertThat(dialogs.lastError).isEqualTo("Cannot open gone.yaml: " + gone + " no longer exists (moved or deleted?); it was taken off the recent files.");
        assertThat(files.recent().list()).containsExactly(kept.toAbsolutePath().normalize());
        assertThat(doc.current().name()).isEqualTo("gone");
    }

    @Test
    void autosaveWritesTheRecoveryFileAndTheNextStartOffersIt() {
        Recovery recovery = new Recovery(dir.resolve("recovery/autosave.yaml"));
        FileActions files = files(recovery);
        doc.push(new AddNode(NodeKinds.builtin().get("database"), new Position(0, 0)));
        files.autosave();
        assertThat(Files.exists(recovery.file())).isTrue();

        LabDocument next = new LabDocument(NodeKinds.builtin(), new SameThreadTaskRunner());
        FileActions again = new FileActions(next, dialogs, new RecentFiles(TestDesigner.prefs()), recovery, log);
        assertThat(again.offerRecovery()).isTrue();
        assertThat(next.current().node("database-1")).isPresent();
        assertThat(next.dirtyProperty().get()).isTrue();
        again.exited();
        assertThat(Files.exists(recovery.file())).isFalse();
    }

    @Test
    void validationFollowsEveryEdit() {
        Lab lab = Lab.empty("t");
        doc.replace(lab, null);
        doc.push(new AddNode(NodeKinds.builtin().get("linux-vm"), new Position(0, 0)));
        assertThat(doc.report().problems()).isNotEmpty();
        doc.undo();
        assertThat(doc.report().about("linux-vm-1")).isEmpty();
    }
}
