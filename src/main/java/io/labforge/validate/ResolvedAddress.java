package io.labforge.validate;

import io.labforge.model.Ipv4;

/**
 * What one NIC's address resolves to, as the deployer writes it into cloud-init.
 *
 * @param nodeId    the node
 * @param nic       NIC index ({@code 0} is {@code net0})
 * @param networkId the network it joins
 * @param ip        static address, {@code null} for DHCP or when unparsable
 * @param prefix    the network's prefix length, {@code null} when the network has no valid CIDR
 * @param gateway   the network's gateway, {@code null} when none or when this NIC is the gateway itself
 * @param dhcp      whether the address comes from DHCP
 */
public record ResolvedAddress(String nodeId, int nic, String networkId, String ip, Integer prefix, String gateway, boolean dhcp) {

    /** {@code ip/prefix} as cloud-init's {@code ipconfigN} wants it, {@code dhcp}, or {@code null} when unresolved. */
    public String cidr() {
        if (dhcp) {
            return "dhcp";
        }
        return ip == null || prefix == null ? null : ip + "/" + prefix;
    }

    /** The address as an unsigned number, {@code -1} for DHCP or unparsable. */
    public long value() {
        return ip == null ? -1 : Ipv4.parse(ip);
    }
}
