package io.labforge.deploy.engine;

import io.labforge.deploy.journal.Journal;
import io.labforge.deploy.journal.JournalEntry;
import io.labforge.deploy.journal.JournalState.HostRecord;
import io.labforge.deploy.port.ClusterException;
import io.labforge.deploy.port.ClusterException.Failure;
import io.labforge.deploy.port.NodeShell;
import io.labforge.deploy.port.TaskLog;
import io.labforge.deploy.provision.HostStep;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * Runs host steps through the node shell. Applying is journalled before the command runs (the
 * check found it missing when planned, so if it is there after a crash it is ours), with the
 * command that undoes it; undoing is journalled after.
 */
final class HostStepActions {

    private static final int TAIL = 6;

    private final RunContext ctx;

    HostStepActions(RunContext ctx) {
        this.ctx = ctx;
    }

    void apply(Step s, TaskLog log) throws ClusterException {
        HostStep step = ctx.plan.desired().host().steps().stream().filter(h -> h.key().equals(s.resource())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no host step " + s.resource() + " in the lab"));
        ctx.journal(Journal.entry(JournalEntry.HOST_STEP_APPLIED).resource(step.key()).guest(null, step.node(), null)
                .props(Map.of("remove", step.removeCommand())));
        ctx.hostApplied.put(step.key(), step.removeCommand());
        log.line(step.description());
        run(step.node(), step.applyCommand(), "apply " + step.key(), log);
    }

    void remove(Step s, TaskLog log) throws ClusterException {
        String command = ctx.hostApplied.get(s.resource());
        if (command == null) {
            command = ctx.plan.journal().hostSteps().stream().filter(r -> r.key().equals(s.resource()))
                    .map(HostRecord::removeCommand).findFirst().orElse(null);
        }
        if (command == null) {
            throw new ClusterException(Failure.NOT_FOUND, "the journal has no command that undoes " + s.resource());
        }
        run(s.node(), command, "undo " + s.resource(), log);
        ctx.hostApplied.remove(s.resource());
        ctx.journal(Journal.entry(JournalEntry.HOST_STEP_REMOVED).resource(s.resource()).guest(null, s.node(), null));
    }

    private void run(String node, String command, String what, TaskLog log) throws ClusterException {
        NodeShell shell = ctx.nodeShell.orElseThrow(() -> new ClusterException(Failure.OTHER,
                "no shell on Proxmox node " + node + " is configured (see docs/host-steps.md)"));
        Deque<String> tail = new ArrayDeque<>();
        int code = shell.run(node, command, line -> {
            log.line(line);
            synchronized (tail) {
                tail.addLast(line);
                if (tail.size() > TAIL) {
                    tail.removeFirst();
                }
            }
        });
        if (code != 0) {
            throw new ClusterException(Failure.OTHER, what + " on " + shell.describe(node) + " exited with status " + code
                    + (tail.isEmpty() ? "" : ": " + String.join(" | ", tail)));
        }
    }

    /** The Proxmox node of a host step key {@code node:step}. */
    static String nodeOf(String key) {
        return key.substring(0, key.indexOf(':'));
    }
}
