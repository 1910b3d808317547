package io.labforge.sandbox.state;

/**
 * A file or disk on a storage as {@code GET .../storage/{storage}/content} lists it.
 *
 * @param volid   e.g. {@code local:iso/windows-11.iso} or {@code local-lvm:vm-105-disk-0}
 * @param content iso, vztmpl, snippets, images or rootdir
 * @param format  iso, tzst, txz, raw, snippet...
 * @param size    bytes
 * @param vmid    owning guest, 0 for none
 */
public record Volume(String volid, String content, String format, long size, int vmid) {
}
