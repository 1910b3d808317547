package io.labforge.proxmox.cluster;

/**
 * One entry of {@code GET /cluster/status}: the cluster itself ({@code type=cluster}, with {@code quorate})
 * or a node. A standalone node has no cluster entry.
 */
public record ClusterStatusEntry(String type, String name, Integer quorate, Integer nodes, Integer online, String ip,
                                 Integer local) {
}
