package io.labforge.proxmox.nodes;

import com.fasterxml.jackson.core.type.TypeReference;
import io.labforge.proxmox.api.ApiClient;
import io.labforge.proxmox.api.ApiRequest;

import java.util.List;

/** {@code /nodes}: the cluster members. */
public final class NodesApi {

    private final ApiClient api;

    public NodesApi(ApiClient api) {
        this.api = api;
    }

    public List<NodeSummary> list() {
        return api.call(ApiRequest.get("/nodes").action("list nodes"), new TypeReference<List<NodeSummary>>() { });
    }

    public NodeStatus status(String node) {
        return api.call(ApiRequest.get("/nodes/{node}/status", node).action("read the status of node " + node), NodeStatus.class);
    }
}
