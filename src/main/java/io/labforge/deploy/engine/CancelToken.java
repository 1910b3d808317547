package io.labforge.deploy.engine;

/**
 * Cancels a run from another thread: no new step starts, running ones finish, then the run ends
 * (rolling back what it created when asked to).
 */
public final class CancelToken {

    private volatile boolean cancelled;
    private volatile boolean rollBack;

    public void cancel(boolean rollBackCreated) {
        this.rollBack = rollBackCreated;
        this.cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public boolean rollBack() {
        return rollBack;
    }
}
