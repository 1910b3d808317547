package io.labforge.deploy.importer;

import io.labforge.deploy.port.Cluster;
import io.labforge.deploy.port.ClusterException;
import io.labforge.deploy.port.Guest;
import io.labforge.deploy.port.ReadScope;
import io.labforge.model.Lab;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The two reads of an import: first the guests there are to choose from (a cheap overview), then the
 * chosen ones in full, turned into a lab by {@link ClusterImport}. The command line takes every guest;
 * the window lets the user choose.
 */
public final class ImportSource {

    private final Cluster cluster;

    public ImportSource(Cluster cluster) {
        this.cluster = cluster;
    }

    /** VMs and containers (templates left out), by VMID. */
    public List<Guest> candidates() throws ClusterException {
        return cluster.read(new ReadScope(null, null, null)).guests().stream()
                .filter(g -> !g.template())
                .sorted(Comparator.comparingInt(Guest::vmid))
                .toList();
    }

    /** A new lab named {@code labName} with the guests {@code vmids} and the cluster's bridges. */
    public Lab read(String labName, Collection<Integer> vmids) throws ClusterException {
        return ClusterImport.toLab(labName, cluster.read(new ReadScope(null, null, Set.copyOf(vmids))));
    }
}
