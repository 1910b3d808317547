package io.labforge.deploy.port;

import java.time.Duration;
import java.util.List;

/**
 * A Proxmox cluster as the deploy engine sees it. Every mutating call returns only after its
 * Proxmox task has finished (and, for create, after the config lock is gone) and streams the task
 * log to {@code log}. A call on a guest whose config is locked waits for the lock first and fails
 * with {@link ClusterException.Failure#LOCKED} if it stays. Implementations are thread-safe; the
 * engine bounds concurrency itself.
 */
public interface Cluster {

    /**
     * Nodes, every guest, bridges and pools. Configuration and firewall rules are read only for the
     * guests {@code scope} selects, to keep the number of API calls proportional to the lab.
     */
    ClusterState read(ReadScope scope) throws ClusterException;

    /** One guest with its configuration, firewall rules and addresses; empty when the VMID is unused. */
    java.util.Optional<Guest> guest(int vmid) throws ClusterException;

    /**
     * The IPv4 addresses a guest reports now (guest agent for VMs, configuration for containers); empty
     * when it reports none. One cheap read for live status; adapters override the default.
     */
    default List<String> addresses(GuestRef guest) throws ClusterException {
        return guest(guest.vmid()).map(Guest::addresses).orElse(List.of());
    }

    /** Whether nothing uses this VMID right now ({@code GET /cluster/nextid?vmid=}). */
    boolean isVmidFree(int vmid) throws ClusterException;

    void createPool(String pool, String comment) throws ClusterException;

    /** Deletes an empty pool. */
    void deletePool(String pool) throws ClusterException;

    void createGuest(CreateGuest request, TaskLog log) throws ClusterException;

    /** Sets every non-null field of {@code config}; NICs are sent with their MAC. */
    void configure(GuestRef guest, GuestConfig config, TaskLog log) throws ClusterException;

    /** Grows the boot disk to {@code gib}. */
    void resizeDisk(GuestRef guest, int gib, TaskLog log) throws ClusterException;

    /** Replaces the guest's firewall rules with {@code rules} (in order) and enables its firewall. */
    void setFirewall(GuestRef guest, List<FirewallRule> rules, TaskLog log) throws ClusterException;

    void start(GuestRef guest, TaskLog log) throws ClusterException;

    /** Hard stop; a stopped guest is left alone. */
    void stop(GuestRef guest, TaskLog log) throws ClusterException;

    /**
     * Asks the guest to shut down (ACPI / container shutdown) and waits up to {@code timeout} for it; fails
     * when it is still running then. A stopped guest is left alone. A cluster that cannot ask a guest
     * to shut down stops it hard.
     */
    default void shutdown(GuestRef guest, Duration timeout, TaskLog log) throws ClusterException {
        stop(guest, log);
    }

    /**
     * What the caller may do on this cluster, for the privilege check before a change; empty when the
     * cluster cannot tell (then nothing is checked up front and a missing privilege shows as a 403).
     */
    default java.util.Optional<AccessCheck> access() {
        return java.util.Optional.empty();
    }

    /** Destroys the guest with its disks (purge). */
    void delete(GuestRef guest, TaskLog log) throws ClusterException;

    /** Waits until the guest passes {@code check}; returns the IPv4 addresses it reports. */
    List<String> waitReady(GuestRef guest, ReadyCheck check, Duration timeout, TaskLog log) throws ClusterException;

    /** Stages a bridge ({@code autostart=1}, no ports) on a node; {@link #applyNetwork} brings it up. */
    void createBridge(String node, String bridge, String comment, TaskLog log) throws ClusterException;

    void deleteBridge(String node, String bridge, TaskLog log) throws ClusterException;

    /** Applies staged network changes on a node and waits for the reload task. */
    void applyNetwork(String node, TaskLog log) throws ClusterException;

    // SDN (cluster-wide, staged until applied). Defaults refuse, for clusters that do not model SDN.

    /** Stages a zone. */
    default void createSdnZone(SdnZone zone, TaskLog log) throws ClusterException {
        throw noSdn();
    }

    /** Stages a vnet with its alias (the lab's marker). */
    default void createSdnVnet(SdnVnet vnet, TaskLog log) throws ClusterException {
        throw noSdn();
    }

    /** Stages a subnet (its {@code id} is ignored: Proxmox derives it). */
    default void createSdnSubnet(SdnSubnet subnet, TaskLog log) throws ClusterException {
        throw noSdn();
    }

    /** Stages new settings for an existing zone (bridge, peers, MTU). */
    default void updateSdnZone(SdnZone zone, TaskLog log) throws ClusterException {
        throw noSdn();
    }

    /** Stages new settings for an existing vnet (zone, tag, alias). */
    default void updateSdnVnet(SdnVnet vnet, TaskLog log) throws ClusterException {
        throw noSdn();
    }

    /** Stages a new gateway or SNAT setting for an existing subnet, found by its {@code id}. */
    default void updateSdnSubnet(SdnSubnet subnet, TaskLog log) throws ClusterException {
        throw noSdn();
    }

    default void deleteSdnSubnet(String vnet, String subnetId, TaskLog log) throws ClusterException {
        throw noSdn();
    }

    default void deleteSdnVnet(String vnet, TaskLog log) throws ClusterException {
        throw noSdn();
    }

    default void deleteSdnZone(String zone, TaskLog log) throws ClusterException {
        throw noSdn();
    }

    /**
     * Applies the staged SDN configuration ({@code PUT /cluster/sdn}) and waits until every online node reports
     * every zone available (the apply task ends before the nodes have reloaded).
     */
    default void applySdn(TaskLog log) throws ClusterException {
        throw noSdn();
    }

    private static ClusterException noSdn() {
        return new ClusterException(ClusterException.Failure.INVALID, "this cluster connection does not support SDN zones and vnets");
    }

    /**
     * A storage on {@code node} that holds {@code snippets} (for cloud-init user-data), preferring
     * {@code local}; empty when none does or the cluster cannot tell.
     */
    default java.util.Optional<SnippetStorage> snippetStorage(String node) throws ClusterException {
        return java.util.Optional.empty();
    }
}
