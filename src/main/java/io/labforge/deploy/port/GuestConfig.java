package io.labforge.deploy.port;

import java.util.List;
import java.util.Set;

/**
 * The part of a guest's configuration the lab decides. A {@code null} field means "not read" (in a
 * state) or "leave alone" (in a request).
 *
 * @param cores       vCPU cores
 * @param memory      MiB
 * @param diskGiB     size of the boot disk (QEMU {@code scsi0}, LXC {@code rootfs})
 * @param nics        {@code net0..}, in order
 * @param cloudInit   first-boot settings (QEMU cloud-init, LXC network and keys)
 * @param tags        Proxmox tags
 * @param description guest description; starts with the Labforge marker line
 */
public record GuestConfig(Integer cores, Integer memory, Integer diskGiB, List<NicConfig> nics,
                          CloudInit cloudInit, Set<String> tags, String description) {

    public GuestConfig {
        nics = nics == null ? null : List.copyOf(nics);
        tags = tags == null ? null : Set.copyOf(tags);
    }

    public GuestConfig withDiskGiB(Integer gib) {
        return new GuestConfig(cores, memory, gib, nics, cloudInit, tags, description);
    }
}
