package io.labforge.proxmox.nodes.network;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.labforge.proxmox.api.ApiClient;
import io.labforge.proxmox.api.ApiRequest;
import io.labforge.proxmox.api.Json;
import io.labforge.proxmox.api.Params;
import io.labforge.proxmox.nodes.tasks.TaskResult;
import io.labforge.proxmox.nodes.tasks.TaskWaiter;
import io.labforge.proxmox.nodes.tasks.TasksApi;
import io.labforge.proxmox.nodes.tasks.Upid;

import java.util.List;

/**
 * {@code /nodes/{node}/network}: host interfaces. Create and delete only stage changes
 * ({@code interfaces.new}); {@link #apply()} reloads the network and applies <em>every</em> staged change on
 * the node, also someone else's — check {@link #pendingChanges()} first.
 */
public final class NetworkApi {

    private final ApiClient api;
    private final String node;
    private final TaskWaiter waiter;

    public NetworkApi(ApiClient api, String node, TaskWaiter waiter) {
        this.api = api;
        this.node = node;
        this.waiter = waiter;
    }

    public List<NetworkInterface> list() {
        return Json.convert(index().path("data"), new TypeReference<List<NetworkInterface>>() { });
    }

    /**
     * The diff of staged, not yet applied changes ({@code changes} beside {@code data}), or "" if none.
     * Applying also applies these, so show them to the user first.
     */
    public String pendingChanges() {
        return index().path("changes").asText("");
    }

    private JsonNode index() {
        return api.callForEnvelope(ApiRequest.get("/nodes/{node}/network", node).action("list the network interfaces of " + node));
    }

    public void createBridge(BridgeCreate bridge) {
        api.call(ApiRequest.post("/nodes/{node}/network", node).with(bridge.toParams())
                .action("create bridge " + bridge.iface() + " on " + node));
    }

    public void delete(String iface) {
        api.call(ApiRequest.delete("/nodes/{node}/network/{iface}", node, iface)
                .action("delete interface " + iface + " on " + node));
    }

    /** Discards all staged changes on the node. */
    public void revert() {
        api.call(ApiRequest.delete("/nodes/{node}/network", node).idempotent(true).action("revert the staged network changes of " + node));
    }

    public Upid applyAsync() {
        return TasksApi.submit(api, ApiRequest.put("/nodes/{node}/network", node).with(Params.create())
                .action("apply the network configuration of " + node));
    }

    public TaskResult apply() {
        return waiter.await(applyAsync());
    }
}
