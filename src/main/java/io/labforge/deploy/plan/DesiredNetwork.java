package io.labforge.deploy.plan;

/**
 * One lab network as deploy sees it, for networks that end up spanning nodes.
 *
 * @param id      lab network id
 * @param bridge  node bridge its NICs use ({@code vmbr0} when the lab names none)
 * @param vlan    802.1Q tag, {@code null}: untagged
 * @param cidr    IPv4 subnet, {@code null}: not addressed by the lab
 * @param gateway gateway of the subnet, {@code null}: none
 * @param uplink  whether it has its own way out: a WAN network, or one whose gateway is a lab guest (a router);
 *                otherwise the nodes masquerade it (SNAT)
 */
public record DesiredNetwork(String id, String bridge, Integer vlan, String cidr, String gateway, boolean uplink) {
}
