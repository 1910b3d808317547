package io.labforge.sandbox.task;

/** Ends a task with this message as its exitstatus (the text after "TASK ERROR:"). */
public final class TaskFailure extends RuntimeException {

    public TaskFailure(String message) {
        super(message, null, false, false);
    }
}
