package io.labforge.sandbox;

import io.labforge.sandbox.fault.FaultInjector;
import io.labforge.sandbox.state.Guest;
import io.labforge.sandbox.state.SimState;
import io.labforge.sandbox.task.Task;
import io.labforge.sandbox.task.TaskEngine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Read-only views of the sandbox state for tests: "no duplicates, no orphans, nothing left locked". */
public final class SandboxInspector {

    /**
     * A guest as a test sees it.
     *
     * @param type qemu or lxc
     * @param lock the config lock (clone, create, destroyed...) or null
     */
    public record GuestInfo(int vmid, String type, String node, String name, boolean running, boolean template,
                            String lock, String pool, Map<String, String> config) {
    }

    private final SimState state;
    private final TaskEngine tasks;
    private final FaultInjector faults;

    SandboxInspector(SimState state, TaskEngine tasks, FaultInjector faults) {
        this.state = state;
        this.tasks = tasks;
        this.faults = faults;
    }

    /** Volume ids of the files (ISOs, templates, snippets) on a storage. */
    public List<String> storageContent(String storage) {
        return state.read(() -> state.storage(storage).files().stream().map(io.labforge.sandbox.state.Volume::volid).toList());
    }

    /** Faults injected so far by kind: transient, drop, slow, failed-task. */
    public Map<String, Integer> injectedFaults() {
        return faults.injected();
    }

    public List<GuestInfo> guests() {
        return state.read(() -> {
            List<GuestInfo> out = new ArrayList<>();
            for (Guest g : state.guests().values()) {
                out.add(new GuestInfo(g.vmid(), g.type().path(), g.node(), g.name(), g.running(), g.template(), g.lock(),
                        g.pool(), Map.copyOf(g.effectiveConfig())));
            }
            return out;
        });
    }

    /** Successful create calls (a VMID was claimed) per guest name. */
    public Map<String, Integer> createCalls() {
        return new TreeMap<>(state.createCalls());
    }

    /** Accepted clone calls per target name. */
    public Map<String, Integer> cloneCalls() {
        return new TreeMap<>(state.cloneCalls());
    }

    /** Guests whose config carries a lock, VMID → lock. */
    public Map<Integer, String> locks() {
        return state.read(() -> {
            Map<Integer, String> out = new TreeMap<>();
            state.guests().values().stream().filter(g -> g.lock() != null).forEach(g -> out.put(g.vmid(), g.lock()));
            return out;
        });
    }

    /** UPID → exitstatus (null while running), in start order. */
    public Map<String, String> tasks() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Task t : tasks.all()) {
            out.put(t.upid().toString(), t.exitstatus());
        }
        return out;
    }

    public long runningTasks() {
        return tasks.all().stream().filter(Task::running).count();
    }

    /** Waits until no task runs (or the timeout passes); returns whether all finished. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Task t : tasks.all()) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0 || !t.await(left)) {
                return false;
            }
        }
        return true;
    }
}
