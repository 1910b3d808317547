package io.labforge.proxmox.cluster.sdn;

/** One entry of {@code GET /nodes/{node}/sdn/zones}: {@code status} is {@code available}, {@code pending} or {@code error}. */
public record SdnZoneStatus(String zone, String status) {
}
