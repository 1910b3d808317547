package io.labforge.deploy.journal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.labforge.deploy.port.GuestType;

import java.util.Map;

/**
 * One line of the journal. Only the fields an event needs are set.
 *
 * @param ts       ISO-8601 instant
 * @param run      id of the run that wrote it
 * @param event    what happened, one of the constants below
 * @param resource lab node id, {@code node/bridge}, the pool, or {@code zone/<id>} / {@code vnet/<id>} for SDN objects
 * @param step     step id for step events
 * @param vmid     guest VMID
 * @param node     Proxmox node
 * @param type     guest type
 * @param props    applied settings (the plan's property strings; SSH keys only as a digest)
 * @param message  failure text, already free of secrets
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JournalEntry(String ts, String run, String event, String resource, String step, Integer vmid,
                           String node, GuestType type, Map<String, String> props, String message) {

    public static final String RUN_STARTED = "run-started";
    public static final String RUN_FINISHED = "run-finished";
    public static final String RESERVED = "reserved";
    public static final String STEP_STARTED = "step-started";
    public static final String STEP_DONE = "step-done";
    public static final String STEP_FAILED = "step-failed";
    public static final String CREATED = "created";
    public static final String APPLIED = "applied";
    public static final String PROVISIONED = "provisioned";
    public static final String DELETED = "deleted";
    public static final String BRIDGE_CREATED = "bridge-created";
    public static final String BRIDGE_DELETED = "bridge-deleted";
    public static final String POOL_CREATED = "pool-created";
    public static final String POOL_DELETED = "pool-deleted";
    /** An SDN zone or vnet; resource {@code zone/<id>} or {@code vnet/<id>}. */
    public static final String SDN_CREATED = "sdn-created";
    public static final String SDN_DELETED = "sdn-deleted";
    /** A host step is about to be applied; props {@code remove} holds the command that undoes it. */
    public static final String HOST_STEP_APPLIED = "host-step-applied";
    public static final String HOST_STEP_REMOVED = "host-step-removed";

    static JournalEntry of(String event) {
        return new JournalEntry(null, null, event, null, null, null, null, null, null, null);
    }

    public JournalEntry resource(String r) {
        return new JournalEntry(ts, run, event, r, step, vmid, node, type, props, message);
    }

    public JournalEntry step(String s) {
        return new JournalEntry(ts, run, event, resource, s, vmid, node, type, props, message);
    }

    public JournalEntry guest(Integer id, String onNode, GuestType t) {
        return new JournalEntry(ts, run, event, resource, step, id, onNode, t, props, message);
    }

    public JournalEntry props(Map<String, String> p) {
        return new JournalEntry(ts, run, event, resource, step, vmid, node, type, p, message);
    }

    public JournalEntry message(String m) {
        return new JournalEntry(ts, run, event, resource, step, vmid, node, type, props, m);
    }

    JournalEntry stamped(String when, String runId) {
        return new JournalEntry(when, runId, event, resource, step, vmid, node, type, props, message);
    }
}
