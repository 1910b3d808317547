package io.labforge.proxmox.nodes.lxc;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.labforge.proxmox.api.ApiClient;
import io.labforge.proxmox.api.ApiRequest;
import io.labforge.proxmox.api.Params;
import io.labforge.proxmox.firewall.FirewallApi;
import io.labforge.proxmox.nodes.tasks.TaskResult;
import io.labforge.proxmox.nodes.tasks.TaskWaiter;
import io.labforge.proxmox.nodes.tasks.TasksApi;
import io.labforge.proxmox.nodes.tasks.Upid;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /nodes/{node}/lxc}: containers on one node. {@code Async} methods return the task's {@link Upid}. */
public final class LxcApi {

    private static final String CT = "/nodes/{node}/lxc/{vmid}";

    private final ApiClient api;
    private final String node;
    private final TaskWaiter waiter;

    public LxcApi(ApiClient api, String node, TaskWaiter waiter) {
        this.api = api;
        this.node = node;
        this.waiter = waiter;
    }

    public List<LxcContainer> list() {
        return api.call(ApiRequest.get("/nodes/{node}/lxc", node).action("list containers on " + node),
                new TypeReference<List<LxcContainer>>() { });
    }

    public Upid createAsync(LxcCreate request) {
        return TasksApi.submit(api, ApiRequest.post("/nodes/{node}/lxc", node).with(request.toParams())
                .action("create container " + request.vmid() + " on " + node));
    }

    public TaskResult create(LxcCreate request) {
        return waiter.await(createAsync(request));
    }

    public Map<String, String> config(int vmid) {
        JsonNode data = api.call(ApiRequest.get(CT + "/config", node, vmid).action("read the config of container " + vmid));
        Map<String, String> values = new LinkedHashMap<>();
        data.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
        return values;
    }

    /** Synchronous (LXC has no async config call); NIC changes apply live to a running container. */
    public void updateConfig(int vmid, Params options) {
        api.call(ApiRequest.put(CT + "/config", node, vmid).with(options).idempotent(true)
                .action("configure container " + vmid + " on " + node));
    }

    public LxcStatus status(int vmid) {
        return api.call(ApiRequest.get(CT + "/status/current", node, vmid).action("read the status of container " + vmid),
                LxcStatus.class);
    }

    public Upid startAsync(int vmid) {
        return TasksApi.submit(api, ApiRequest.post(CT + "/status/start", node, vmid).action("start container " + vmid));
    }

    public TaskResult start(int vmid) {
        return waiter.await(startAsync(vmid));
    }

    public Upid stopAsync(int vmid) {
        return TasksApi.submit(api, ApiRequest.post(CT + "/status/stop", node, vmid).action("stop container " + vmid));
    }

    public TaskResult stop(int vmid) {
        return waiter.await(stopAsync(vmid));
    }

    /** Container shutdown; with {@code forceStop} a hard stop after {@code timeoutSeconds}. */
    public Upid shutdownAsync(int vmid, int timeoutSeconds, boolean forceStop) {
        return TasksApi.submit(api, ApiRequest.post(CT + "/status/shutdown", node, vmid)
                .with(Params.create().put("timeout", timeoutSeconds).put("forceStop", forceStop))
                .action("shut down container " + vmid));
    }

    /** {@code force} destroys even a running container. */
    public Upid deleteAsync(int vmid, boolean force, boolean purge, boolean destroyUnreferencedDisks) {
        return TasksApi.submit(api, ApiRequest.delete(CT, node, vmid)
                .with(Params.create().put("force", force).put("purge", purge).put("destroy-unreferenced-disks", destroyUnreferencedDisks))
                .action("delete container " + vmid + " on " + node));
    }

    public TaskResult delete(int vmid, boolean force, boolean purge, boolean destroyUnreferencedDisks) {
        return waiter.await(deleteAsync(vmid, force, purge, destroyUnreferencedDisks));
    }

    public FirewallApi firewall(int vmid) {
        return new FirewallApi(api, CT + "/firewall", "container " + vmid, node, vmid);
    }
}
