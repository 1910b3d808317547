package io.labforge.proxmox.nodes.storage;

import com.fasterxml.jackson.core.type.TypeReference;
import io.labforge.proxmox.api.ApiClient;
import io.labforge.proxmox.api.ApiRequest;
import io.labforge.proxmox.api.Params;

import java.util.List;

/** {@code /nodes/{node}/storage}: storages as seen from one node, and what is on them. */
public final class StorageApi {

    private final ApiClient api;
    private final String node;

    public StorageApi(ApiClient api, String node) {
        this.api = api;
        this.node = node;
    }

    public List<StorageStatus> list() {
        return api.call(ApiRequest.get("/nodes/{node}/storage", node).action("list the storages of " + node),
                new TypeReference<List<StorageStatus>>() { });
    }

    /** @param contentType {@code iso}, {@code vztmpl}, {@code images}, ... or null for everything */
    public List<StorageContent> content(String storage, String contentType) {
        return api.call(ApiRequest.get("/nodes/{node}/storage/{storage}/content", node, storage)
                        .with(Params.create().put("content", contentType))
                        .action("list the content of storage " + storage + " on " + node),
                new TypeReference<List<StorageContent>>() { });
    }
}
