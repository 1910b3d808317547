package io.labforge.ui.startup;

import io.labforge.ui.Designer;
import io.labforge.ui.file.RecentFiles;
import io.labforge.ui.welcome.WelcomeActions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The welcome card's actions while the designer is still being built behind it: each click waits
 * for the designer and then runs its file action, in the order clicked. FX thread only.
 */
public final class PendingDesigner implements WelcomeActions {

    private final RecentFiles recent;
    private final List<Consumer<Designer>> waiting = new ArrayList<>();
    private Designer designer;

    public PendingDesigner(RecentFiles recent) {
        this.recent = recent;
    }

    /** The designer is built: runs what was clicked meanwhile. */
    public void ready(Designer d) {
        designer = d;
        waiting.forEach(action -> action.accept(d));
        waiting.clear();
    }

    public boolean isReady() {
        return designer != null;
    }

    /** Runs the action now if the designer is built, else as soon as it is. */
    public void whenReady(Consumer<Designer> action) {
        if (designer != null) {
            action.accept(designer);
        } else {
            waiting.add(action);
        }
    }

    @Override
    public RecentFiles recent() {
        return recent;
    }

    @Override
    public void newLab() {
        whenReady(d -> d.files().newLab());
    }

    @Override
    public void open() {
        whenReady(d -> d.files().open());
    }

    @Override
    public void open(Path file) {
        whenReady(d -> d.files().open(file));
    }

    @Override
    public void openSample(Path file) {
        whenReady(d -> d.files().openSample(file));
    }
}
