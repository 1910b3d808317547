package io.labforge.proxmox.cluster.sdn;

/** A vnet; guests attach to it as a bridge named after it ({@code net0=virtio,bridge=<vnet>}). */
public record SdnVnet(String vnet, String zone, Integer tag, String alias, String state) {
}
