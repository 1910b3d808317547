package io.labforge.sandbox.task;

/** What a running task body may do: log, spend simulated time, and fail. */
public final class TaskContext {

    private final Task task;
    private final SimClock clock;
    private final String injectedFailure;

    TaskContext(Task task, SimClock clock, String injectedFailure) {
        this.task = task;
        this.clock = clock;
        this.injectedFailure = injectedFailure;
    }

    public Task task() {
        return task;
    }

    public SimClock clock() {
        return clock;
    }

    public void log(String line) {
        task.append(line);
    }

    /** Spends {@code simSeconds} on the task's main work; an injected fault strikes here, before any commit. */
    public void work(double simSeconds) throws InterruptedException {
        clock.sleep(simSeconds);
        if (injectedFailure != null) {
            throw new TaskFailure(injectedFailure);
        }
    }
}
