package io.labforge.deploy.engine;

/**
 * One vertex of the deploy graph.
 *
 * @param kind     what it does
 * @param resource lab node id, {@code node/bridge}, a Proxmox node name, or the pool
 * @param node     Proxmox node it works on ({@code null}: cluster-wide), for the per-node caps
 * @param storage  storage it allocates on ({@code null}: none), for the per-storage cap
 */
public record Step(StepKind kind, String resource, String node, String storage) {

    /** Stable id such as {@code k8s-cp1/create}. */
    public String id() {
        return resource + "/" + kind.label();
    }

    @Override
    public String toString() {
        return id();
    }
}
