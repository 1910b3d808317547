package io.labforge.proxmox.nodes.network;

import io.labforge.proxmox.api.Params;

/**
 * A Linux bridge to create ({@code vmbrN}, at most 15 characters). Without {@code ports} it is isolated —
 * the safe choice for lab segments. {@code autostart} is always sent, else the reload does not bring it up.
 */
public record BridgeCreate(String iface, String ports, boolean vlanAware, String cidr, String comments) {

    public static BridgeCreate isolated(String iface, String comments) {
        return new BridgeCreate(iface, null, false, null, comments);
    }

    public BridgeCreate withVlanAware() {
        return new BridgeCreate(iface, ports, true, cidr, comments);
    }

    Params toParams() {
        return Params.create().put("iface", iface).put("type", "bridge").put("autostart", true)
                .put("bridge_ports", ports).put("bridge_vlan_aware", vlanAware ? Boolean.TRUE : null)
                .put("cidr", cidr).put("comments", comments);
    }
}
