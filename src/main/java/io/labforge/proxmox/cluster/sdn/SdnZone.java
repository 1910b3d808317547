package io.labforge.proxmox.cluster.sdn;

/**
 * An SDN zone ({@code simple}, {@code vlan}, {@code vxlan}...); ID 2-8 letters/digits, no dashes. {@code peers}: the
 * comma-separated addresses of a {@code vxlan} zone; {@code state}: {@code new}, {@code changed} or {@code deleted}
 * when listed with pending changes.
 */
public record SdnZone(String zone, String type, String bridge, String ipam, String dhcp, String state, String nodes, String peers,
                      Integer mtu) {
}
