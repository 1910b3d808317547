package io.labforge.deploy.engine;

/**
 * Concurrency limits (defaults from PITFALLS "Recommended defaults for our deployer"): Proxmox
 * fails parallel clones on storage locks and has only three API workers.
 *
 * @param workers           steps in flight at once, waiting ones included
 * @param apiCalls          steps that call the API at once (waits, provisioning and checks excluded)
 * @param createsPerNode    clones/creates at once per Proxmox node
 * @param createsPerStorage clones/creates at once per storage
 * @param startsPerNode     starts at once per node
 */
public record Caps(int workers, int apiCalls, int createsPerNode, int createsPerStorage, int startsPerNode) {

    public static final Caps DEFAULT = new Caps(16, 4, 2, 1, 3);

    public Caps {
        if (workers < 1 || apiCalls < 1 || createsPerNode < 1 || createsPerStorage < 1 || startsPerNode < 1) {
            throw new IllegalArgumentException("every cap must be at least 1: " + this);
        }
    }
}
