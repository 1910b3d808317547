package io.labforge.proxmox.storage;

import com.fasterxml.jackson.core.type.TypeReference;
import io.labforge.proxmox.api.ApiClient;
import io.labforge.proxmox.api.ApiRequest;

import java.util.Map;
import java.util.Optional;

/** {@code GET /storage/{storage}}: a storage's configuration (needs {@code Datastore.Allocate} on it). */
public final class StorageConfigApi {

    private final ApiClient api;

    public StorageConfigApi(ApiClient api) {
        this.api = api;
    }

    /** The directory of a file-based storage ({@code dir}, NFS, CIFS...); empty for block storages. */
    public Optional<String> path(String storage) {
        Map<String, Object> config = api.call(ApiRequest.get("/storage/{storage}", storage).action("read the configuration of storage " + storage),
                new TypeReference<Map<String, Object>>() { });
        Object path = config.get("path");
        return path instanceof String p && p.startsWith("/") ? Optional.of(p) : Optional.empty();
    }
}
