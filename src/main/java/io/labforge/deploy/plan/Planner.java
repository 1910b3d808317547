package io.labforge.deploy.plan;

import io.labforge.deploy.journal.GuestRecord;
import io.labforge.deploy.journal.JournalState;
import io.labforge.deploy.port.Bridge;
import io.labforge.deploy.port.ClusterState;
import io.labforge.deploy.port.NicConfig;
import io.labforge.deploy.port.SdnState;
import io.labforge.kind.Realization;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Diffs what a lab wants against what the cluster has and the journal remembers: create, update in
 * place, replace (with the reason), delete or unchanged, per resource and per property, marking
 * drift (changes made outside Labforge). Pure: reads nothing itself.
 */
public final class Planner {

    public Plan plan(DesiredLab desired, ClusterState state, JournalState journal) {
        return plan(desired, state, journal, HostState.unavailable("No shell on the Proxmox nodes was configured."));
    }

    /** As {@link #plan(DesiredLab, ClusterState, JournalState)}, with what the nodes' shells said about the host steps. */
    public Plan plan(DesiredLab desired, ClusterState state, JournalState journal, HostState host) {
        Plan placed = plan(desired, state, journal, host, null, null);
        Map<String, String> nodeOf = new LinkedHashMap<>();
        placed.changes().stream().filter(c -> c.type() == ResourceType.GUEST && c.action() != Action.DELETE && c.node() != null)
                .forEach(c -> nodeOf.put(c.id(), c.node()));
        SdnLayout layout = SdnLayout.of(desired, nodeOf, state, journal);
        SdnDiff sdn = new SdnDiff(layout, state.sdn(), desired.lab());
        if (layout.segments.isEmpty() && sdn.changes.isEmpty()) {
            return placed;
        }
        // placement does not depend on NICs, so planning the wired lab places every guest where the first pass did
        return plan(layout.wire(), state, journal, host, layout, sdn);
    }

    private Plan plan(DesiredLab desired, ClusterState state, JournalState journal, HostState host, SdnLayout layout, SdnDiff sdn) {
        OwnedGuests owned = new OwnedGuests(desired.lab(), desired.tag(), state, journal);
        List<String> warnings = new ArrayList<>(owned.warnings());
        List<String> blockers = new ArrayList<>();
        List<Change> guests = new ArrayList<>();
        Map<String, String> nodeOf = new LinkedHashMap<>();
        List<DesiredGuest> toPlace = new ArrayList<>();

        for (DesiredGuest d : desired.guests()) {
            Optional<OwnedGuests.Owned> have = owned.get(d.id());
            GuestRecord rec = journal.guest(d.id()).orElse(null);
            if (have.isEmpty()) {
                toPlace.add(d);
                continue;
            }
            OwnedGuests.Owned o = have.get();
            GuestDiff diff = new GuestDiff(d, o.guest(), rec, o.confirmed());
            String node = o.guest().ref().node();
            if (diff.replaceReason != null) {
                toPlace.add(d);
                nodeOf.put(d.id(), d.pinnedNode() != null ? d.pinnedNode() : node);
                guests.add(new Change(ResourceType.GUEST, d.id(), Action.REPLACE, d.name() + " " + diff.replaceReason,
                        diff.properties, diff.drift(), null, o.guest().ref(), newGuestWork(d, true)));
            } else {
                nodeOf.put(d.id(), node);
                Action a = diff.properties.isEmpty() ? Action.UNCHANGED : Action.UPDATE;
                guests.add(new Change(ResourceType.GUEST, d.id(), a, a == Action.UNCHANGED ? null : diff.reason(),
                        diff.properties, diff.drift(), node, o.guest().ref(), diff.work));
            }
        }
        Placement placement = new Placement(state, desired.defaultNode());
        Map<String, String> placed = placement.place(toPlace.stream().filter(d -> !nodeOf.containsKey(d.id())).toList());
        nodeOf.putAll(placed);
        for (DesiredGuest d : toPlace) {
            String node = nodeOf.get(d.id());
            checkPlaceable(d, node, state, blockers);
            int i = indexOf(guests, d.id());
            if (i >= 0) {
                Change r = guests.get(i);
                guests.set(i, new Change(r.type(), r.id(), r.action(), r.reason(), r.properties(), r.drift(), node, r.existing(), r.work()));
                continue;
            }
            GuestRecord rec = journal.guest(d.id()).orElse(null);
            boolean lost = rec != null && rec.createdBy() != null;
            String reason = (lost ? d.name() + " (VM " + rec.vmid() + ") was deleted outside Labforge; it is created again"
                    : "new " + what(d) + " on " + node)
                    + placement.reason(d.id()).map(r -> " (" + r + ")").orElse("");
            guests.add(new Change(ResourceType.GUEST, d.id(), Action.CREATE, reason, List.of(), lost, node, null, newGuestWork(d, false)));
        }
        for (OwnedGuests.Owned o : owned.all()) {
            if (desired.guest(o.nodeId()).isPresent()) {
                continue;
            }
            if (o.confirmed()) {
                guests.add(new Change(ResourceType.GUEST, o.nodeId(), Action.DELETE, o.guest().name() + " is no longer in the lab",
                        List.of(), false, o.guest().ref().node(), o.guest().ref(), EnumSet.of(Work.REMOVE)));
            } else {
                warnings.add(o.guest().ref() + " (" + o.nodeId() + ") is not in the lab but the journal does not confirm it is the lab's; it is left alone");
            }
        }
        sortLikeLab(guests, desired);

        List<Change> changes = new ArrayList<>();
        pool(desired, state, journal).ifPresent(changes::add);
        changes.addAll(bridges(desired, state, journal, nodeOf, layout));
        changes.addAll(HostChanges.plan(desired, state, journal, host, warnings, blockers));
        if (layout == null) {
            changes.addAll(guests);
            return new Plan(desired.lab(), changes, warnings, blockers, desired, state, journal, SdnState.EMPTY);
        }
        changes.addAll(sdn.changes);
        changes.addAll(guests);
        warnings.addAll(layout.warnings);
        warnings.addAll(sdn.warnings);
        blockers.addAll(layout.blockers);
        return new Plan(desired.lab(), changes, warnings, blockers, desired, state, journal, layout.wanted());
    }

    private static Set<Work> newGuestWork(DesiredGuest d, boolean replace) {
        Set<Work> w = EnumSet.of(Work.CREATE, Work.CONFIGURE, Work.START);
        if (replace) {
            w.add(Work.REMOVE);
        }
        if (d.realization() == Realization.VM_FROM_TEMPLATE) {
            w.add(Work.RESIZE);
        }
        if (!d.firewall().isEmpty()) {
            w.add(Work.FIREWALL);
        }
        if (d.realization() != Realization.VM_FROM_ISO) {
            w.add(Work.PROVISION);
        }
        return w;
    }

    private static void checkPlaceable(DesiredGuest d, String node, ClusterState state, List<String> blockers) {
        if (node == null) {
            blockers.add(d.id() + ": no online Proxmox node to place it on");
            return;
        }
        if (state.nodes().stream().noneMatch(n -> n.name().equals(node) && n.online())) {
            blockers.add(d.id() + ": Proxmox node '" + node + "' is unknown or offline (known: " + String.join(", ", state.onlineNodeNames()) + ")");
        }
        if (d.realization() == Realization.VM_FROM_TEMPLATE && (d.source() == null || state.template(d.source(), node).isEmpty())) {
            blockers.add(d.id() + ": template '" + d.source() + "' not found on the cluster");
        }
        if (d.realization() != Realization.VM_FROM_TEMPLATE && d.source() == null) {
            blockers.add(d.id() + ": no ISO or container template to build it from");
        }
    }

    private static Optional<Change> pool(DesiredLab desired, ClusterState state, JournalState journal) {
        boolean exists = state.pools().contains(desired.pool());
        if (!desired.guests().isEmpty()) {
            return Optional.of(exists ? unchanged(ResourceType.POOL, desired.pool(), null)
                    : new Change(ResourceType.POOL, desired.pool(), Action.CREATE, "new pool " + desired.pool(), List.of(), false, null, null, Set.of()));
        }
        if (exists && desired.pool().equals(journal.createdPool())) {
            return Optional.of(new Change(ResourceType.POOL, desired.pool(), Action.DELETE, "pool " + desired.pool() + " was created for the lab",
                    List.of(), false, null, null, Set.of()));
        }
        return Optional.empty();
    }

    private static List<Change> bridges(DesiredLab desired, ClusterState state, JournalState journal, Map<String, String> nodeOf,
                                        SdnLayout layout) {
        Set<String> needed = new LinkedHashSet<>();
        for (DesiredGuest d : desired.guests()) {
            String node = nodeOf.get(d.id());
            if (node != null) {
                // a vnet (planned, or one the network names as its bridge) is no Linux bridge to create
                d.config().nics().stream().map(NicConfig::bridge).filter(b -> (layout == null || !layout.isVnet(b)) && state.sdn().vnet(b).isEmpty())
                        .forEach(b -> needed.add(JournalState.bridgeKey(node, b)));
            }
        }
        if (layout != null) {
            needed.addAll(layout.zoneBridges());
        }
        List<Change> out = new ArrayList<>();
        for (String key : needed) {
            String node = key.substring(0, key.indexOf('/'));
            String name = key.substring(key.indexOf('/') + 1);
            Optional<Bridge> b = state.bridge(node, name);
            if (b.isEmpty()) {
                out.add(new Change(ResourceType.BRIDGE, key, Action.CREATE, "bridge " + name + " is missing on " + node, List.of(), false, node, null, Set.of()));
            } else if (!b.get().active()) {
                out.add(new Change(ResourceType.BRIDGE, key, Action.UPDATE, "bridge " + name + " on " + node + " is staged but not applied",
                        List.of(new PropertyChange("active", "no", "yes", false)), false, node, null, Set.of()));
            } else {
                out.add(unchanged(ResourceType.BRIDGE, key, node));
            }
        }
        for (String key : journal.bridges()) {
            String node = key.substring(0, key.indexOf('/'));
            String name = key.substring(key.indexOf('/') + 1);
            boolean ours = state.bridge(node, name).map(b -> Marker.marksBridge(b.comment(), desired.lab())).orElse(false);
            if (!needed.contains(key) && ours) {
                out.add(new Change(ResourceType.BRIDGE, key, Action.DELETE, "bridge " + name + " on " + node + " was created for the lab and is no longer needed",
                        List.of(), false, node, null, Set.of()));
            }
        }
        return out;
    }

    private static Change unchanged(ResourceType type, String id, String node) {
        return new Change(type, id, Action.UNCHANGED, null, List.of(), false, node, null, Set.of());
    }

    private static int indexOf(List<Change> changes, String id) {
        for (int i = 0; i < changes.size(); i++) {
            if (changes.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static void sortLikeLab(List<Change> guests, DesiredLab desired) {
        List<String> order = desired.guests().stream().map(DesiredGuest::id).toList();
        guests.sort((a, b) -> Integer.compare(rank(order, a), rank(order, b)));
    }

    private static int rank(List<String> order, Change c) {
        int i = order.indexOf(c.id());
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    /** E.g. "VM bastion, cloned from template debian-12-ci" or "container dns1 from debian-12-standard". */
    private static String what(DesiredGuest d) {
        String source = d.source() == null || d.source().isBlank() ? "" : d.source();
        return switch (d.realization()) {
            case VM_FROM_TEMPLATE -> "VM " + d.name() + (source.isEmpty() ? "" : ", cloned from template " + source);
            case VM_FROM_ISO -> "VM " + d.name() + (source.isEmpty() ? "" : ", installed from " + source);
            case LXC -> "container " + d.name() + (source.isEmpty() ? "" : " from " + source);
            case NONE -> d.name();
        };
    }
}
