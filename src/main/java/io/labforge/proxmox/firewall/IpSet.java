package io.labforge.proxmox.firewall;

/** An IP set; reference it in rules as {@code +name}. */
public record IpSet(String name, String comment, String digest) {
}
