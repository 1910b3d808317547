package io.labforge.sandbox.task;

import io.labforge.sandbox.fault.FaultInjector;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs worker tasks on their own threads, on the scaled clock, and keeps them for status/log queries. */
public final class TaskEngine implements AutoCloseable {

    /** The body of a task. Throw {@link TaskFailure} to end with an error; cleanup goes in the body's own catch/finally. */
    @FunctionalInterface
    public interface Body {
        void run(TaskContext ctx) throws InterruptedException;
    }

    private final SimClock clock;
    private final FaultInjector faults;
    private final Map<String, Task> tasks = new ConcurrentHashMap<>();
    private final List<Task> order = new ArrayList<>();
    private final AtomicInteger pids;
    private final long pstart;
    private final ExecutorService workers;

    public TaskEngine(SimClock clock, FaultInjector faults, long seed) {
        this.clock = clock;
        this.faults = faults;
        Random r = new Random(seed);
        this.pids = new AtomicInteger(0x10000 + r.nextInt(0x300000));
        this.pstart = 0x100000L + r.nextInt(0x1000000);
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(run -> {
            Thread t = new Thread(run, "sandbox-task-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public SimClock clock() {
        return clock;
    }

    /** Starts a task and returns at once, like fork_worker. */
    public Task submit(String node, String type, String id, String user, Body body) {
        Upid upid = new Upid(node, pids.incrementAndGet(), pstart, Instant.now().getEpochSecond(), type, id, user);
        Task task = new Task(upid);
        tasks.put(upid.toString(), task);
        synchronized (order) {
            order.add(task);
        }
        TaskContext ctx = new TaskContext(task, clock, faults.taskFailure(type, id));
        task.future(workers.submit(() -> run(task, ctx, body)));
        return task;
    }

    private static void run(Task task, TaskContext ctx, Body body) {
        try {
            body.run(ctx);
            task.finish("OK");
        } catch (TaskFailure e) {
            task.finish(e.getMessage());
        } catch (InterruptedException e) {
            task.finish("interrupted by signal");
        } catch (RuntimeException e) {
            task.finish(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    public Task find(String upid) {
        return tasks.get(upid);
    }

    /** Asks the worker to terminate (DELETE /nodes/{node}/tasks/{upid}); its cleanup runs on its thread. */
    public void stop(Task task) {
        if (task.running() && task.future() != null) {
            task.future().cancel(true);
        }
    }

    public List<Task> all() {
        synchronized (order) {
            return List.copyOf(order);
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
        try {
            workers.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
