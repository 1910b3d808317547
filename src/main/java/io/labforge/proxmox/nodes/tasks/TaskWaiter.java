package io.labforge.proxmox.nodes.tasks;

import io.labforge.proxmox.api.NotFoundException;
import io.labforge.proxmox.api.ProxmoxException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Waits for a task: polls its status with a growing interval (1 s at first, like the mature tools, then
 * up to 5 s), streams new log lines to a listener as they appear, stops the task when the wait is
 * cancelled, and turns an error exit status into a {@link TaskFailedException} with the last log lines.
 */
public final class TaskWaiter {

    /** Polling and limits. */
    public record Settings(Duration firstInterval, Duration maxInterval, Duration timeout, int tailLines) {
        public static Settings defaults() {
            return new Settings(Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofMinutes(30), 15);
        }
    }

    private final TasksApi tasks;
    private final Settings settings;

    public TaskWaiter(TasksApi tasks, Settings settings) {
        this.tasks = tasks;
        this.settings = settings;
    }

    public TaskResult await(Upid upid) {
        return await(upid, line -> { }, Cancellation.none());
    }

    public TaskResult await(Upid upid, Consumer<String> logListener, Cancellation cancellation) {
        List<String> log = new ArrayList<>();
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        Duration interval = settings.firstInterval();
        while (true) {
            if (cancellation.isCancelled() || Thread.currentThread().isInterrupted()) {
                throw cancel(upid, log, logListener);
            }
            readNewLines(upid, log, logListener);
            TaskStatus status = tasks.status(upid);
            if (!status.running()) {
                readNewLines(upid, log, logListener);
                return finish(upid, status, log);
            }
            if (System.nanoTime() > deadline) {
                throw new ProxmoxException("Unable to finish " + describe(upid) + ": still running after "
                        + settings.timeout().toMinutes() + " min (" + upid + ")");
            }
            if (cancellation.sleep(interval)) {
                throw cancel(upid, log, logListener);
            }
            interval = interval.multipliedBy(3).dividedBy(2);
            if (interval.compareTo(settings.maxInterval()) > 0) {
                interval = settings.maxInterval();
            }
        }
    }

    private void readNewLines(Upid upid, List<String> log, Consumer<String> listener) {
        for (TaskLogLine line : tasks.log(upid, log.size(), 0)) {
            if (line.n() <= log.size() || line.n() == 1 && "no content".equals(line.t())) {
                continue; // already seen, or the placeholder PVE returns for an empty log
            }
            log.add(line.t());
            listener.accept(line.t());
        }
    }

    private TaskResult finish(Upid upid, TaskStatus status, List<String> log) {
        if (status.succeeded()) {
            return new TaskResult(upid, status.exitStatus(), log);
        }
        List<String> tail = log.subList(Math.max(0, log.size() - settings.tailLines()), log.size());
        String exit = status.exitStatus() == null ? "unknown status" : status.exitStatus();
        return throwFailed(new TaskFailedException("Unable to finish " + describe(upid) + ": " + exit, upid, exit, tail));
    }

    private ProxmoxException cancel(Upid upid, List<String> log, Consumer<String> listener) {
        try {
            tasks.stop(upid);
            for (int i = 0; i < 20 && tasks.status(upid).running(); i++) {
                Thread.sleep(settings.firstInterval().toMillis());
            }
            readNewLines(upid, log, listener);
        } catch (NotFoundException alreadyGone) {
            // the task ended on its own in the meantime
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new TaskCancelledException("Unable to finish " + describe(upid) + ": cancelled, the task was asked to stop", upid);
    }

    private static TaskResult throwFailed(TaskFailedException e) {
        throw e;
    }

    private static String describe(Upid upid) {
        return "task " + upid.type() + (upid.id().isEmpty() ? "" : " " + upid.id()) + " on " + upid.node();
    }
}
