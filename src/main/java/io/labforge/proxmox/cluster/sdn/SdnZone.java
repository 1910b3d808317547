package io.labforge.proxmox.cluster.sdn;

/** An SDN zone ({@code simple}, {@code vlan}, {@code vxlan}...); ID 2-8 letters/digits, no dashes. */
public record SdnZone(String zone, String type, String bridge, String ipam, String dhcp, String state, String nodes) {
}
