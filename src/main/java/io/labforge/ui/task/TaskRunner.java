package io.labforge.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way the window runs work that may touch the disk or take long: {@code work} runs off the
 * FX thread, then {@code done} or {@code failed} runs on it. Tests use {@link SameThreadTaskRunner}.
 */
public interface TaskRunner {

    <T> void run(Callable<T> work, Consumer<T> done, Consumer<Exception> failed);

    /**
     * Runs {@code action} on the FX thread; for results that arrive from threads the runner does not
     * own (a deploy's event stream). Callable from any thread.
     */
    default void onFx(Runnable action) {
        action.run();
    }
}
