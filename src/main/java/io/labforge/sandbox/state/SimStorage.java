package io.labforge.sandbox.state;

import java.util.List;
import java.util.Set;

/**
 * A storage definition, present on every node (both sample storages are node-local, as on a fresh PVE).
 *
 * @param id      storage ID
 * @param type    plugin type: {@code dir} or {@code lvmthin}
 * @param content content types it accepts
 * @param total   capacity in bytes per node
 * @param files   ISO images, CT templates and snippets on it (disks are derived from guest configs)
 */
public record SimStorage(String id, String type, Set<String> content, long total, List<Volume> files) {

    public boolean supports(String contentType) {
        return content.contains(contentType);
    }

    /** Linked clones and snapshots need a snapshot-capable storage (LVM-thin here; plain dir raw files cannot). */
    public boolean linkedClones() {
        return type.equals("lvmthin");
    }
}
