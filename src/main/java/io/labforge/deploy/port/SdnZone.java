package io.labforge.deploy.port;

import java.util.List;

/**
 * An SDN zone: how its vnets reach the nodes.
 *
 * @param id      2-8 letters and digits
 * @param type    {@code vlan}, {@code vxlan}, {@code simple}... as Proxmox spells it
 * @param bridge  the node bridge a {@code vlan} zone tags on, else {@code null}
 * @param peers   the node addresses a {@code vxlan} zone tunnels between, else empty
 * @param mtu     MTU of its vnet bridges, {@code null}: Proxmox's default
 * @param applied whether the running configuration has it as it is now (not only staged)
 */
public record SdnZone(String id, String type, String bridge, List<String> peers, Integer mtu, boolean applied) {

    public SdnZone {
        peers = List.copyOf(peers == null ? List.of() : peers);
    }

    public static SdnZone vlan(String id, String bridge) {
        return new SdnZone(id, "vlan", bridge, List.of(), null, false);
    }

    public static SdnZone vxlan(String id, List<String> peers, int mtu) {
        return new SdnZone(id, "vxlan", null, peers, mtu, false);
    }
}
