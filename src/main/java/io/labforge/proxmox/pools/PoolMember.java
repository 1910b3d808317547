package io.labforge.proxmox.pools;

/** A pool member: a guest ({@code qemu}/{@code lxc}, with {@code vmid}) or a storage. */
public record PoolMember(String id, String type, String node, Integer vmid, String storage, String name) {
}
