package io.labforge.proxmox.version;

import io.labforge.proxmox.api.ApiClient;
import io.labforge.proxmox.api.ApiRequest;

/** {@code /version}: the cheapest authenticated call, used as "test connection". */
public final class VersionApi {

    private final ApiClient api;

    public VersionApi(ApiClient api) {
        this.api = api;
    }

    public PveVersion get() {
        return api.call(ApiRequest.get("/version").action("read the Proxmox VE version"), PveVersion.class);
    }
}
