package io.labforge.deploy.engine;

/**
 * The kinds of steps, with a rough duration used only to run the longest chains first.
 */
public enum StepKind {
    POOL(1), BRIDGE(2), NETWORK_APPLY(5),
    SDN_ZONE(1), SDN_VNET(1), SDN_SUBNET(1), SDN_APPLY(10), SDN_SUBNET_DELETE(1), SDN_VNET_DELETE(1), SDN_ZONE_DELETE(1),
    RESERVE(0), CREATE(30), CONFIGURE(3), RESIZE(3), FIREWALL(2), START(5), WAIT_READY(40), PROVISION(60), VERIFY(1),
    STOP(5), DELETE(10), BRIDGE_DELETE(2), POOL_DELETE(1),
    /** A command on a Proxmox node over its shell (NAT for a network without an uplink), and its undo. */
    HOST(2), HOST_REMOVE(2);

    private final int estimateSeconds;

    StepKind(int estimateSeconds) {
        this.estimateSeconds = estimateSeconds;
    }

    public int estimateSeconds() {
        return estimateSeconds;
    }

    /** Lower-case name as shown in step ids, e.g. {@code wait-ready}. */
    public String label() {
        return name().toLowerCase().replace('_', '-');
    }
}
