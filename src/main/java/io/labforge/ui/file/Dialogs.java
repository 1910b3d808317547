package io.labforge.ui.file;

import java.nio.file.Path;
import java.util.Optional;

/** The questions file actions ask the user; a real window shows dialogs, tests answer directly. */
public interface Dialogs {

    enum Unsaved { SAVE, DISCARD, CANCEL }

    Optional<Path> chooseOpen();

    Optional<Path> chooseSave(String suggestedName);

    Unsaved askUnsaved(String labName);

    boolean askRestore(String labName);

    void error(String title, String message);
}
