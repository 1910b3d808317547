package io.labforge.model;

import java.util.Objects;

/**
 * A network interface: the link between a node and a network.
 *
 * @param network  id of the network it joins
 * @param ip       a static IPv4 address without prefix (the network's prefix applies), or {@code dhcp}
 * @param mac      fixed MAC address, {@code null}: assigned once at deploy and then kept
 * @param firewall whether the Proxmox firewall filters this NIC ({@code null}: the kind's default)
 */
public record Nic(String network, String ip, String mac, Boolean firewall) {

    public static final String DHCP = "dhcp";

    public Nic {
        Objects.requireNonNull(network, "network");
    }

    public static Nic dhcp(String network) {
        return new Nic(network, DHCP, null, null);
    }

    public static Nic of(String network, String ip) {
        return new Nic(network, ip, null, null);
    }

    public boolean isDhcp() {
        return ip == null || DHCP.equalsIgnoreCase(ip);
    }

    /** The static address, or {@code null} for DHCP. */
    public String staticIp() {
        return isDhcp() ? null : ip;
    }

    public Nic withNetwork(String newNetwork) {
        return new Nic(newNetwork, ip, mac, firewall);
    }

    public Nic withIp(String newIp) {
        return new Nic(network, newIp, mac, firewall);
    }

    public Nic withMac(String newMac) {
        return new Nic(network, ip, newMac, firewall);
    }
}
