package io.labforge.deploy.port;

/**
 * A Linux bridge (or SDN vnet seen as a bridge) on a node.
 *
 * @param node    node name
 * @param name    e.g. {@code vmbr1}
 * @param active  whether it is up (staged bridges are not)
 * @param comment the bridge's comment; Labforge writes its marker there
 */
public record Bridge(String node, String name, boolean active, String comment) {
}
