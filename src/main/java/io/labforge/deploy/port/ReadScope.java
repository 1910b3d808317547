package io.labforge.deploy.port;

import java.util.Set;

/**
 * Which guests a {@link Cluster#read} reads in full: those carrying {@code tag}, those in {@code pool}
 * (a fresh clone is in the pool before it has its tags), and the listed VMIDs (the journal's).
 */
public record ReadScope(String tag, String pool, Set<Integer> vmids) {

    public ReadScope {
        vmids = Set.copyOf(vmids == null ? Set.of() : vmids);
    }

    /** Whether a guest with these facts is read in full. */
    public boolean selects(int vmid, Set<String> tags, String guestPool) {
        return vmids.contains(vmid) || (tag != null && tags.contains(tag)) || (pool != null && pool.equals(guestPool));
    }
}
