package io.labforge.proxmox.nodes.qemu;

/**
 * One entry of {@code GET .../pending}: the current {@code value}, the {@code pending} one waiting for a
 * reboot, and {@code delete} = 1 (or 2 forced) if the option will be removed.
 */
public record PendingChange(String key, String value, String pending, Integer delete) {

    public boolean needsReboot() {
        return pending != null || delete != null && delete > 0;
    }
}
