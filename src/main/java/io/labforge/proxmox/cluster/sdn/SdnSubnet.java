package io.labforge.proxmox.cluster.sdn;

/** A subnet of a vnet. Its {@code subnet} ID on the server is {@code <zone>-<ip>-<prefix>}, e.g. {@code lab1-10.30.0.0-24}. */
public record SdnSubnet(String subnet, String cidr, String gateway, Integer snat, String zone, String vnet) {
}
