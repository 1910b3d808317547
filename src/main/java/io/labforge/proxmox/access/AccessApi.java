package io.labforge.proxmox.access;

import com.fasterxml.jackson.databind.JsonNode;
import io.labforge.proxmox.api.ApiClient;
import io.labforge.proxmox.api.ApiRequest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** {@code /access}: what the caller may do. (Ticket login itself is handled by the transport.) */
public final class AccessApi {

    private final ApiClient api;

    public AccessApi(ApiClient api) {
        this.api = api;
    }

    /** The caller's own effective privileges on every path that has an ACL. */
    public Permissions permissions() {
        JsonNode data = api.call(ApiRequest.get("/access/permissions").action("read the caller's permissions"));
        Map<String, Set<String>> out = new LinkedHashMap<>();
        data.fields().forEachRemaining(path -> {
            Set<String> privs = new TreeSet<>();
            path.getValue().fieldNames().forEachRemaining(privs::add);
            out.put(path.getKey(), privs);
        });
        return new Permissions(out);
    }

    /**
     * The caller's effective privileges on {@code path} alone, as the server computes them: inherited from
     * parent paths and, for {@code /vms/<vmid>}, from the guest's pool.
     */
    public java.util.Set<String> privileges(String path) {
        JsonNode data = api.call(ApiRequest.get("/access/permissions")
                .with(io.labforge.proxmox.api.Params.create().put("path", path))
                .action("read the caller's permissions on " + path));
        Set<String> privs = new TreeSet<>();
        data.path(path).fieldNames().forEachRemaining(privs::add);
        return privs;
    }
}
