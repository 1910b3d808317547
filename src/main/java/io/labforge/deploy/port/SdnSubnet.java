package io.labforge.deploy.port;

/**
 * A subnet of a vnet.
 *
 * @param id      Proxmox's ID, {@code <zone>-<address>-<prefix>}; {@code null} when asking to create one
 * @param vnet    its vnet
 * @param cidr    e.g. {@code 10.10.20.0/24}
 * @param gateway gateway address, {@code null}: none
 * @param snat    whether traffic leaving the subnet is masqueraded by the node
 * @param applied whether the running configuration has it as it is now (not only staged)
 */
public record SdnSubnet(String id, String vnet, String cidr, String gateway, boolean snat, boolean applied) {
}
