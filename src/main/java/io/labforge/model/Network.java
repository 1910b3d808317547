package io.labforge.model;

import java.util.Objects;

/**
 * An L2 segment: a Linux bridge, optionally a VLAN on it, with an IPv4 subnet.
 *
 * @param id          unique id, also the NIC reference
 * @param kind        zone
 * @param name        display name ({@code null}: the id)
 * @param bridge      Proxmox bridge, e.g. {@code vmbr1}
 * @param vlan        802.1Q tag, {@code null} for untagged
 * @param cidr        IPv4 subnet, e.g. {@code 10.10.20.0/24} ({@code null}: not addressed by the lab)
 * @param gateway     default gateway of the subnet ({@code null}: none)
 * @param dhcp        DHCP pool, {@code null} when the lab runs no DHCP on it
 * @param description free text
 */
public record Network(
        String id,
        NetworkKind kind,
        String name,
        String bridge,
        Integer vlan,
        String cidr,
        String gateway,
        DhcpRange dhcp,
        String description) {

    public Network {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
    }

    public static Network of(String id, NetworkKind kind, String bridge, Integer vlan, String cidr, String gateway) {
        return new Network(id, kind, null, bridge, vlan, cidr, gateway, null, null);
    }

    public String displayName() {
        return name == null || name.isBlank() ? id : name;
    }

    public Network withId(String newId) {
        return new Network(newId, kind, name, bridge, vlan, cidr, gateway, dhcp, description);
    }

    public Network withKind(NetworkKind newKind) {
        return new Network(id, newKind, name, bridge, vlan, cidr, gateway, dhcp, description);
    }

    public Network withName(String newName) {
        return new Network(id, kind, newName, bridge, vlan, cidr, gateway, dhcp, description);
    }

    public Network withBridge(String newBridge) {
        return new Network(id, kind, name, newBridge, vlan, cidr, gateway, dhcp, description);
    }

    public Network withVlan(Integer newVlan) {
        return new Network(id, kind, name, bridge, newVlan, cidr, gateway, dhcp, description);
    }

    public Network withCidr(String newCidr) {
        return new Network(id, kind, name, bridge, vlan, newCidr, gateway, dhcp, description);
    }

    public Network withGateway(String newGateway) {
        return new Network(id, kind, name, bridge, vlan, cidr, newGateway, dhcp, description);
    }

    public Network withDhcp(DhcpRange newDhcp) {
        return new Network(id, kind, name, bridge, vlan, cidr, gateway, newDhcp, description);
    }

    public Network withDescription(String newDescription) {
        return new Network(id, kind, name, bridge, vlan, cidr, gateway, dhcp, newDescription);
    }
}
