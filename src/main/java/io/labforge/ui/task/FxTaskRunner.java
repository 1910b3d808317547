package io.labforge.ui.task;

import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs work on one background thread, in submission order (so a save never overtakes the
 * validation of the edit before it), and hands the result to the FX thread: the single
 * {@code Platform.runLater} hop of the window.
 */
public final class FxTaskRunner implements TaskRunner {

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "labforge-worker");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> void run(Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
        worker.execute(() -> {
            try {
                T result = work.call();
                onFx(() -> done.accept(result));
            } catch (Exception e) {
                onFx(() -> failed.accept(e));
            }
        });
    }

    @Override
    public void onFx(Runnable action) {
        Platform.runLater(action);
    }

    /** On the FX thread itself the question is asked at once: waiting for a later pulse would never end. */
    @Override
    public <T> T askOnFx(Supplier<T> question, T otherwise) {
        return Platform.isFxApplicationThread() ? question.get() : TaskRunner.super.askOnFx(question, otherwise);
    }
}
