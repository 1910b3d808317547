package io.labforge.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs the work and its continuation at once on the calling thread: for tests of view models. */
public final class SameThreadTaskRunner implements TaskRunner {

    @Override
    public <T> void run(Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            failed.accept(e);
            return;
        }
        done.accept(result);
    }
}
