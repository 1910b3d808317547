package io.labforge.sandbox.state;

/**
 * A cluster node with its capacity.
 *
 * @param name   node name as in {@code /nodes/{node}}
 * @param ip     management address
 * @param maxcpu logical CPUs
 * @param maxmem bytes of memory
 */
public record SimNode(String name, String ip, int maxcpu, long maxmem) {
}
