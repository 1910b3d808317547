package io.labforge.deploy.plan;

/** Kinds of objects a lab owns on Proxmox. */
public enum ResourceType {
    POOL, BRIDGE, SDN_ZONE, SDN_VNET, SDN_SUBNET, GUEST,
    /** A command run on a Proxmox node over SSH (NAT for a network without an uplink); id {@code node:step}. */
    HOST
}
