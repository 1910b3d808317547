package io.labforge.proxmox.nodes.storage;

import java.util.Arrays;
import java.util.List;

/** One entry of {@code GET /nodes/{node}/storage}; sizes in bytes, {@code content} comma-separated. */
public record StorageStatus(String storage, String type, String content, Integer active, Integer enabled, Integer shared,
                            long avail, long used, long total) {

    public List<String> contentTypes() {
        return content == null || content.isBlank() ? List.of() : Arrays.stream(content.split(",")).map(String::strip).toList();
    }

    public boolean holds(String contentType) {
        return contentTypes().contains(contentType);
    }

    public boolean isActive() {
        return active == null || active == 1;
    }
}
