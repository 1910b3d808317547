package io.labforge.deploy.port;

/**
 * One network interface ({@code netN}). The MAC is always set, so Proxmox never invents a new one.
 *
 * @param bridge   Linux bridge or SDN vnet
 * @param vlan     802.1Q tag, {@code null}: untagged
 * @param firewall whether the Proxmox firewall filters this NIC
 * @param mac      fixed MAC, upper case, colon separated
 */
public record NicConfig(String bridge, Integer vlan, boolean firewall, String mac) {
}
