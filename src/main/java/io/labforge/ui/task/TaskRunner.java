package io.labforge.ui.task;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

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

    /**
     * Asks the user {@code question} on the FX thread and waits for the answer: for a worker thread that
     * cannot go on without one (a certificate, a host key). {@code otherwise} when interrupted or the
     * question failed.
     */
    default <T> T askOnFx(Supplier<T> question, T otherwise) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        onFx(() -> {
            try {
                answer.complete(question.get());
            } catch (RuntimeException e) {
                answer.completeExceptionally(e); // a failed dialog must not leave the worker waiting forever
            }
        });
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return otherwise;
        } catch (ExecutionException e) {
            return otherwise;
        }
    }
}
