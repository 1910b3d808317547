package io.labforge.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way the window runs work that may touch the disk or take long: {@code work} runs off the
 * FX thread, then {@code done} or {@code failed} runs on it. Tests use {@link SameThreadTaskRunner}.
 */
public interface TaskRunner {

    <T> void run(Callable<T> work, Consumer<T> done, Consumer<Exception> failed);
}
