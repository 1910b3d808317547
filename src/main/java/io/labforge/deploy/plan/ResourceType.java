package io.labforge.deploy.plan;

/** Kinds of objects a lab owns on Proxmox. */
public enum ResourceType {
    POOL, BRIDGE, SDN_ZONE, SDN_VNET, SDN_SUBNET, GUEST
}
