package io.labforge.proxmox.property;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A disk value: QEMU {@code scsi0}/{@code virtio0}/{@code ide2} (default key {@code file}) or LXC
 * {@code rootfs}/{@code mpN} (default key {@code volume}). New volumes are written {@code STORAGE:SIZE_GiB},
 * e.g. {@code local-lvm:32,discard=on,ssd=1}; a cloud-init drive is {@code local-lvm:cloudinit}.
 */
public record DiskSpec(String volume, Map<String, String> options) {

    public DiskSpec {
        options = Map.copyOf(options == null ? Map.of() : options);
    }

    public static DiskSpec newVolume(String storage, int sizeGiB) {
        return new DiskSpec(storage + ":" + sizeGiB, Map.of());
    }

    public static DiskSpec cloudInit(String storage) {
        return new DiskSpec(storage + ":cloudinit", Map.of());
    }

    public static DiskSpec cdrom(String isoVolid) {
        return new DiskSpec(isoVolid, Map.of("media", "cdrom"));
    }

    public DiskSpec with(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(options);
        copy.put(key, value);
        return new DiskSpec(volume, copy);
    }

    /** @param defaultKey {@code file} for QEMU disks, {@code volume} for LXC rootfs and mount points */
    public static DiskSpec parse(String text, String defaultKey) {
        PropertyString p = PropertyString.parse(text, defaultKey);
        Map<String, String> opts = new LinkedHashMap<>(p.asMap());
        String vol = opts.remove(defaultKey);
        if (vol == null) {
            throw new IllegalArgumentException("no volume in '" + text + "'");
        }
        return new DiskSpec(vol, opts);
    }

    public String format() {
        PropertyString p = PropertyString.empty().with("volume", volume);
        for (var e : new java.util.TreeMap<>(options).entrySet()) {
            p = p.with(e.getKey(), e.getValue());
        }
        return p.format("volume");
    }
}
