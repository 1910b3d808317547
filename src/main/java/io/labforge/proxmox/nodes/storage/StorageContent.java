package io.labforge.proxmox.nodes.storage;

/** A volume on a storage: {@code local:iso/pfSense.iso}, {@code local:vztmpl/debian-12...tar.zst}, disks... */
public record StorageContent(String volid, String content, String format, long size, Integer vmid) {

    /** The file name part of the volume ID. */
    public String fileName() {
        int slash = volid.lastIndexOf('/');
        int colon = volid.indexOf(':');
        return volid.substring(Math.max(slash, colon) + 1);
    }
}
