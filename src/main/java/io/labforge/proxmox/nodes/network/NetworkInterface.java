package io.labforge.proxmox.nodes.network;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One host interface from {@code GET /nodes/{node}/network}. {@code active} 1 once applied and up. */
public record NetworkInterface(String iface, String type, Integer active, Integer autostart,
                               @JsonProperty("bridge_ports") String bridgePorts,
                               @JsonProperty("bridge_vlan_aware") Integer bridgeVlanAware, String cidr, String gateway,
                               String comments) {

    public boolean isActive() {
        return active != null && active == 1;
    }
}
