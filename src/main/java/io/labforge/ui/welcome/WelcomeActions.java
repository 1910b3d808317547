package io.labforge.ui.welcome;

import io.labforge.ui.file.RecentFiles;

import java.nio.file.Path;

/** What the welcome card's buttons and links do: the file actions of the designer. */
public interface WelcomeActions {

    RecentFiles recent();

    void newLab();

    void open();

    void open(Path file);

    void openSample(Path file);
}
