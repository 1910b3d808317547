package io.labforge.deploy.engine;

import io.labforge.deploy.port.Cluster;
import io.labforge.deploy.port.ClusterException;
import io.labforge.deploy.port.Guest;

import java.util.HashSet;
import java.util.Set;

/**
 * Our own VMID allocation (PITFALLS §3: {@code nextid} reserves nothing). IDs are handed out in this
 * process under a lock, never twice, skipping every ID the cluster uses and every ID the journal
 * knows (a guest being destroyed may still hold it), and each is confirmed free with
 * {@code nextid?vmid=} before use. The caller journals the reservation before creating the guest.
 */
final class VmidAllocator {

    private final Cluster cluster;
    private final Set<Integer> taken = new HashSet<>();
    private int next;

    VmidAllocator(Cluster cluster, int first, Set<Integer> inUse) {
        this.cluster = cluster;
        this.next = first;
        taken.addAll(inUse);
    }

    /** A pinned VMID when it is free, else the lowest free one from {@code first} up. */
    synchronized int reserve(Integer pinned, String forWhat) throws ClusterException {
        if (pinned != null) {
            if (!cluster.isVmidFree(pinned)) {
                throw new ClusterException(ClusterException.Failure.ALREADY_EXISTS,
                        "VMID " + pinned + " pinned for " + forWhat + " is already used on the cluster");
            }
            taken.add(pinned);
            return pinned;
        }
        while (true) {
            int candidate = next++;
            if (candidate > 999_999_999) {
                throw new ClusterException(ClusterException.Failure.OTHER, "no free VMID left");
            }
            if (taken.add(candidate) && cluster.isVmidFree(candidate)) {
                return candidate;
            }
        }
    }

    /** Takes back an ID that turned out to be used by someone else: never hand it out again. */
    synchronized void burn(int vmid) {
        taken.add(vmid);
    }

    static Set<Integer> inUse(Iterable<Guest> guests, Iterable<Integer> journalled) {
        Set<Integer> s = new HashSet<>();
        guests.forEach(g -> s.add(g.vmid()));
        journalled.forEach(s::add);
        return s;
    }
}
