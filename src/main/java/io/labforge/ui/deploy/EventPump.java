package io.labforge.ui.deploy;

import io.labforge.deploy.event.DeployEvent;
import io.labforge.deploy.event.DeployListener;
import io.labforge.ui.task.TaskRunner;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Carries engine events from its worker threads to the FX thread through the task runner's one hop.
 * Events queue up and are handed over in batches, so a burst of log lines costs one hop, not hundreds.
 */
final class EventPump implements DeployListener {

    private final ConcurrentLinkedQueue<DeployEvent> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final TaskRunner tasks;
    private final Consumer<List<DeployEvent>> sink;

    EventPump(TaskRunner tasks, Consumer<List<DeployEvent>> sink) {
        this.tasks = tasks;
        this.sink = sink;
    }

    @Override
    public void on(DeployEvent event) {
        queue.add(event);
        if (scheduled.compareAndSet(false, true)) {
            tasks.onFx(this::drain);
        }
    }

    private void drain() {
        scheduled.set(false);
        List<DeployEvent> batch = new ArrayList<>();
        for (DeployEvent e; (e = queue.poll()) != null; ) {
            batch.add(e);
        }
        if (!batch.isEmpty()) {
            sink.accept(batch);
        }
    }
}
