package io.labforge.proxmox.pools;

import com.fasterxml.jackson.core.type.TypeReference;
import io.labforge.proxmox.api.ApiClient;
import io.labforge.proxmox.api.ApiRequest;
import io.labforge.proxmox.api.NotFoundException;
import io.labforge.proxmox.api.Params;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code /pools}: PVE 8.1+ addresses a pool with {@code ?poolid=} ({@code /pools/{poolid}} is deprecated);
 * members are added and removed with {@code PUT /pools}.
 */
public final class PoolsApi {

    private final ApiClient api;

    public PoolsApi(ApiClient api) {
        this.api = api;
    }

    public List<Pool> list() {
        return api.call(ApiRequest.get("/pools").action("list pools"), new TypeReference<List<Pool>>() { });
    }

    public Optional<Pool> get(String poolId) {
        try {
            List<Pool> found = api.call(ApiRequest.get("/pools").with(Params.create().put("poolid", poolId))
                    .action("read pool " + poolId), new TypeReference<List<Pool>>() { });
            return found.stream().filter(p -> poolId.equals(p.poolid())).findFirst();
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    public void create(String poolId, String comment) {
        api.call(ApiRequest.post("/pools").with(Params.create().put("poolid", poolId).put("comment", comment))
                .action("create pool " + poolId));
    }

    public void addGuests(String poolId, List<Integer> vmids) {
        updateMembers(poolId, vmids, false);
    }

    public void removeGuests(String poolId, List<Integer> vmids) {
        updateMembers(poolId, vmids, true);
    }

    private void updateMembers(String poolId, List<Integer> vmids, boolean remove) {
        String list = vmids.stream().map(String::valueOf).collect(Collectors.joining(","));
        api.call(ApiRequest.put("/pools").with(Params.create().put("poolid", poolId).put("vms", list)
                        .put("delete", remove ? Boolean.TRUE : null)).idempotent(true)
                .action((remove ? "remove guests " + list + " from pool " : "add guests " + list + " to pool ") + poolId));
    }

    /** Only an empty pool can be deleted. */
    public void delete(String poolId) {
        api.call(ApiRequest.delete("/pools").with(Params.create().put("poolid", poolId)).action("delete pool " + poolId));
    }
}
