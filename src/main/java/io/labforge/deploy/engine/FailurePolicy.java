package io.labforge.deploy.engine;

/**
 * Answers "a step failed: retry, continue, roll back or abort?". The command line asks the user
 * (or applies {@code --on-failure}); the window shows a dialog. Called on the engine's coordinating
 * thread; the run waits for the answer.
 */
@FunctionalInterface
public interface FailurePolicy {

    Decision decide(StepFailure failure);

    static FailurePolicy always(Decision decision) {
        return f -> decision;
    }

    /** Retries a failed step up to {@code times} more, then answers {@code then}. */
    static FailurePolicy retryThen(int times, Decision then) {
        return f -> f.attempts() <= times ? Decision.RETRY : then;
    }
}
