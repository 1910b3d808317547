package io.labforge.ui.file;

import io.labforge.io.LabFileException;
import io.labforge.io.LabFiles;
import io.labforge.model.Lab;
import io.labforge.ui.LabDocument;
import io.labforge.ui.LogModel;

import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * New, open, save, save as, recent files and the recovery file. Reading and writing run through
 * the document's task runner, never on the FX thread; a save writes a snapshot of the lab and only
 * marks the document clean if nothing was edited meanwhile.
 */
public final class FileActions implements io.labforge.ui.welcome.WelcomeActions {

    private final LabDocument doc;
    private final Dialogs dialogs;
    private final RecentFiles recent;
    private final Recovery recovery;
    private final LogModel log;
    private Runnable onOpened = () -> { };

    public FileActions(LabDocument doc, Dialogs dialogs, RecentFiles recent, Recovery recovery, LogModel log) {
        this.doc = doc;
        this.dialogs = dialogs;
        this.recent = recent;
        this.recovery = recovery;
        this.log = log;
    }

    /** Runs after a lab was opened or created (the window fits it into view). */
    public void onOpened(Runnable r) {
        onOpened = r;
    }

    public RecentFiles recent() {
        return recent;
    }

    public void newLab() {
        whenSettled(() -> {
            doc.replace(Lab.empty("untitled"), null);
            onOpened.run();
        });
    }

    public void open() {
        whenSettled(() -> dialogs.chooseOpen().ifPresent(this::read));
    }

    public void open(Path file) {
        whenSettled(() -> read(file));
    }

    /** Opens a sample from the class path or the samples folder, as a new unsaved lab. */
    public void openSample(Path file) {
        openSample(file, () -> { });
    }

    /** As {@link #openSample(Path)}, then runs {@code then} once the sample is on the canvas. */
    public void openSample(Path file, Runnable then) {
        whenSettled(() -> doc.tasks().run(() -> LabFiles.read(file), lab -> {
            doc.replace(lab, null);
            log.info("Opened sample " + file.getFileName());
            onOpened.run();
            then.run();
        }, e -> failed("Cannot open the sample", e)));
    }

    private void read(Path file) {
        long t0 = System.nanoTime();
        doc.tasks().run(() -> {
            if (Files.notExists(file)) {
                recent.remove(file);
                throw new FileNotFoundException(file + " no longer exists (moved or deleted?); it was taken off the recent files.");
            }
            return LabFiles.read(file);
        }, lab -> {
            doc.replace(lab, file);
            recent.add(file);
            log.info("Opened " + file + " (" + (System.nanoTime() - t0) / 1_000_000 + " ms)");
            onOpened.run();
        }, e -> failed("Cannot open " + file.getFileName(), e));
    }

    public void save() {
        saveThen(() -> { });
    }

    public void saveAs() {
        dialogs.chooseSave(suggestedName()).ifPresent(p -> write(p, () -> { }));
    }

    /** Saves (asking for a file when there is none yet), then runs {@code after} if it worked. */
    public void saveThen(Runnable after) {
        Path file = doc.fileProperty().get();
        if (file == null) {
            dialogs.chooseSave(suggestedName()).ifPresent(p -> write(p, after));
        } else {
            write(file, after);
        }
    }

    private void write(Path file, Runnable after) {
        Lab snapshot = doc.current();
        long revision = doc.revisionProperty().get();
        doc.tasks().run(() -> {
            LabFiles.write(snapshot, file);
            recovery.clear();
            return file;
        }, saved -> {
            if (doc.revisionProperty().get() == revision) {
                doc.markSaved(saved);
            } else {
                doc.fileProperty().set(saved);
            }
            recent.add(saved);
            log.info("Saved " + saved);
            after.run();
        }, e -> failed("Cannot save " + file.getFileName(), e));
    }

    /** Runs {@code then} once unsaved changes are saved or discarded; not at all when the user cancels. */
    public void whenSettled(Runnable then) {
        if (!doc.dirtyProperty().get()) {
            then.run();
            return;
        }
        switch (dialogs.askUnsaved(doc.current().name())) {
            case SAVE -> saveThen(then);
            case DISCARD -> {
                doc.tasks().run(() -> {
                    recovery.clear();
                    return null;
                }, x -> { }, e -> { });
                then.run();
            }
            case CANCEL -> { }
        }
    }

    /** Writes the recovery file when there are unsaved changes (called by a timer). */
    public void autosave() {
        if (doc.dirtyProperty().get()) {
            Lab snapshot = doc.current();
            doc.tasks().run(() -> {
                recovery.save(snapshot);
                return null;
            }, x -> { }, e -> log.info("Autosave failed: " + e.getMessage()));
        }
    }

    /** At start: offers the lab a crashed session left behind. Returns whether one was restored. */
    public boolean offerRecovery() {
        Optional<Lab> left = recovery.leftOver();
        if (left.isEmpty()) {
            return false;
        }
        if (dialogs.askRestore(left.get().name())) {
            doc.replace(left.get(), null);
            doc.stack().markUnsaved();
            log.info("Restored unsaved changes of " + left.get().name() + " from " + recovery.file());
            onOpened.run();
            return true;
        }
        try {
            recovery.clear();
        } catch (java.io.IOException e) {
            log.info("Cannot remove " + recovery.file() + ": " + e.getMessage());
        }
        return false;
    }

    /** Clean exit: no recovery file is left. */
    public void exited() {
        try {
            recovery.clear();
        } catch (java.io.IOException ignored) {
            // Nothing to lose: the next start would only offer an older copy.
        }
    }

    private String suggestedName() {
        return doc.current().name().replaceAll("[^A-Za-z0-9._-]+", "-") + ".yaml";
    }

    private void failed(String title, Exception e) {
        String message = e instanceof LabFileException || e instanceof FileNotFoundException ? e.getMessage()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        log.info(title + ": " + message);
        dialogs.error(title, message);
    }
}
