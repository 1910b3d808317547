package io.labforge.deploy.plan;

import io.labforge.deploy.journal.GuestRecord;
import io.labforge.deploy.journal.JournalState;
import io.labforge.deploy.port.ClusterState;
import io.labforge.deploy.port.Guest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The guests on the cluster that belong to a lab, matched to lab node ids. A guest belongs when it
 * carries the lab's marker (description line or tag). It is <em>confirmed</em> when the journal also
 * records its VMID for that node: only confirmed guests are ever deleted, as VMIDs get reused.
 */
final class OwnedGuests {

    /** A guest of the lab and whether the journal confirms it. */
    record Owned(String nodeId, Guest guest, boolean confirmed) {
    }

    private final Map<String, Owned> byNode = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();

    OwnedGuests(String lab, String tag, ClusterState state, JournalState journal) {
        Map<String, List<Guest>> candidates = new LinkedHashMap<>();
        for (Guest g : state.guests()) {
            if (g.template()) {
                continue;
            }
            nodeIdOf(g, lab, tag, journal).ifPresent(id -> candidates.computeIfAbsent(id, k -> new ArrayList<>()).add(g));
        }
        candidates.forEach((id, guests) -> {
            Optional<GuestRecord> rec = journal.guest(id);
            Guest main = guests.stream().filter(g -> rec.map(r -> r.vmid() == g.vmid()).orElse(false)).findFirst()
                    .orElse(guests.stream().min(Comparator.comparingInt(Guest::vmid)).orElseThrow());
            boolean confirmed = rec.map(r -> r.vmid() == main.vmid()).orElse(false);
            byNode.put(id, new Owned(id, main, confirmed));
            if (!confirmed) {
                warnings.add(main.ref() + " carries the marker of lab node '" + id
                        + "' but this machine's journal does not record it; it is treated as the lab's guest and kept on destroy");
            }
            guests.stream().filter(g -> g != main).forEach(g -> warnings.add(g.ref() + " also carries the marker of lab node '"
                    + id + "' (a duplicate made outside this journal); it is left alone"));
        });
    }

    private static Optional<String> nodeIdOf(Guest g, String lab, String tag, JournalState journal) {
        Optional<String> fromMarker = Marker.nodeOf(g.description(), lab);
        if (fromMarker.isPresent()) {
            return fromMarker;
        }
        if (g.tags().contains(tag)) {
            return journal.byVmid(g.vmid()).map(GuestRecord::resource);
        }
        return Optional.empty();
    }

    Optional<Owned> get(String nodeId) {
        return Optional.ofNullable(byNode.get(nodeId));
    }

    List<Owned> all() {
        return List.copyOf(byNode.values());
    }

    List<String> warnings() {
        return warnings;
    }
}
