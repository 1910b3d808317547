package io.labforge.deploy.journal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The journal replayed: which guests, bridges, SDN objects and pool the lab owns, as far as this machine knows. */
public final class JournalState {

    private final Map<String, GuestRecord> guests = new LinkedHashMap<>();
    private final Set<String> bridges = new LinkedHashSet<>();
    private final Set<String> sdn = new LinkedHashSet<>();
    private final Map<String, HostRecord> hostSteps = new LinkedHashMap<>();
    private String pool;

    /**
     * A host step Labforge applied for the lab.
     *
     * @param key           {@code node:step}
     * @param node          Proxmox node it ran on
     * @param removeCommand what undoes it, as it was when applied
     */
    public record HostRecord(String key, String node, String removeCommand) {
    }

    public static JournalState replay(List<JournalEntry> entries) {
        JournalState s = new JournalState();
        entries.forEach(s::apply);
        return s;
    }

    private void apply(JournalEntry e) {
        String r = e.resource();
        switch (e.event()) {
            case JournalEntry.RESERVED -> guests.merge(r, new GuestRecord(r, e.vmid(), e.node(), e.type(), null, null, false),
                    (old, neu) -> old.vmid() == neu.vmid() ? old : neu);
            case JournalEntry.CREATED -> guests.put(r, new GuestRecord(r, e.vmid(), e.node(), e.type(), null, null, false).createdIn(e.run()));
            case JournalEntry.APPLIED -> guests.computeIfPresent(r, (k, g) -> g.withApplied(e.props()));
            case JournalEntry.PROVISIONED -> guests.computeIfPresent(r, (k, g) -> g.asProvisioned());
            case JournalEntry.DELETED -> guests.computeIfPresent(r, (k, g) -> e.vmid() == null || g.vmid() == e.vmid() ? null : g);
            case JournalEntry.BRIDGE_CREATED -> bridges.add(r);
            case JournalEntry.BRIDGE_DELETED -> bridges.remove(r);
            case JournalEntry.POOL_CREATED -> pool = r;
            case JournalEntry.POOL_DELETED -> pool = null;
            case JournalEntry.SDN_CREATED -> sdn.add(r);
            case JournalEntry.SDN_DELETED -> sdn.remove(r);
            // applied again (after drift or a change) keeps its place: undo runs in the lab's order, reversed
            case JournalEntry.HOST_STEP_APPLIED -> hostSteps.put(r, new HostRecord(r, e.node(), e.props() == null ? null : e.props().get("remove")));
            case JournalEntry.HOST_STEP_REMOVED -> hostSteps.remove(r);
            default -> { }
        }
    }

    /** Guest records by lab node id. */
    public Map<String, GuestRecord> guests() {
        return Map.copyOf(guests);
    }

    public Optional<GuestRecord> guest(String resource) {
        return Optional.ofNullable(guests.get(resource));
    }

    /** The lab node the journal holds {@code vmid} for, if any. */
    public Optional<GuestRecord> byVmid(int vmid) {
        return guests.values().stream().filter(g -> g.vmid() == vmid).findFirst();
    }

    /** {@code node/bridge} keys of bridges Labforge created for the lab. */
    public Set<String> bridges() {
        return Set.copyOf(bridges);
    }

    /** {@code zone/<id>} and {@code vnet/<id>} keys of SDN objects Labforge created for the lab. */
    public Set<String> sdn() {
        return Set.copyOf(sdn);
    }

    public static String sdnKey(String kind, String id) {
        return kind + "/" + id;
    }

    /** The pool Labforge created for the lab, {@code null}: none (or it existed before). */
    public String createdPool() {
        return pool;
    }

    /** Host steps applied for the lab and not removed since, in the order they were applied. */
    public List<HostRecord> hostSteps() {
        return List.copyOf(hostSteps.values());
    }

    public static String bridgeKey(String node, String bridge) {
        return node + "/" + bridge;
    }
}
