package io.labforge.proxmox.firewall;

/** A member of an IP set: an address or CIDR, optionally excluded ({@code nomatch}). */
public record IpSetEntry(String cidr, Boolean nomatch, String comment) {
}
