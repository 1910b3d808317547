package io.labforge.proxmox.nodes.qemu;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.labforge.proxmox.api.ApiClient;
import io.labforge.proxmox.api.ApiRequest;
import io.labforge.proxmox.api.NotFoundException;
import io.labforge.proxmox.api.Params;
import io.labforge.proxmox.api.ProxmoxException;
import io.labforge.proxmox.api.RetryPolicy;
import io.labforge.proxmox.firewall.FirewallApi;
import io.labforge.proxmox.nodes.tasks.TaskResult;
import io.labforge.proxmox.nodes.tasks.TaskWaiter;
import io.labforge.proxmox.nodes.tasks.TasksApi;
import io.labforge.proxmox.nodes.tasks.Upid;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /nodes/{node}/qemu}: virtual machines on one node. Methods ending in {@code Async} return the
 * task's {@link Upid}; the same name without it is that call plus waiting for the task.
 */
public final class QemuApi {

    private static final String VM = "/nodes/{node}/qemu/{vmid}";

    private final ApiClient api;
    private final String node;
    private final TaskWaiter waiter;

    public QemuApi(ApiClient api, String node, TaskWaiter waiter) {
        this.api = api;
        this.node = node;
        this.waiter = waiter;
    }

    public List<QemuVm> list() {
        return api.call(ApiRequest.get("/nodes/{node}/qemu", node).action("list VMs on " + node),
                new TypeReference<List<QemuVm>>() { });
    }

    public Upid createAsync(QemuCreate request) {
        return upid(ApiRequest.post("/nodes/{node}/qemu", node).with(request.toParams())
                .action("create VM " + request.vmid() + " on " + node));
    }

    public TaskResult create(QemuCreate request) {
        return waiter.await(createAsync(request));
    }

    /** Not retried automatically: a lost answer may hide a clone that ran. See {@link #cloneIfAbsent}. */
    public Upid cloneAsync(int sourceVmid, QemuClone request) {
        return upid(ApiRequest.post(VM + "/clone", node, sourceVmid).with(request.toParams())
                .action("clone VM " + sourceVmid + " to " + request.newid() + " on " + node));
    }

    public TaskResult clone(int sourceVmid, QemuClone request) {
        return waiter.await(cloneAsync(sourceVmid, request));
    }

    /**
     * Clones with retries that never create twice: after a transient failure or lock timeout it re-reads
     * VM {@code newid}; if it exists with the requested name the earlier attempt succeeded and it is adopted,
     * if it exists with another name this fails (the ID belongs to someone else), else it retries.
     */
    public CloneOutcome cloneIfAbsent(int sourceVmid, QemuClone request, RetryPolicy retry) {
        return retry.runIfAbsent(
                () -> new CloneOutcome(request.newid(), Optional.of(cloneAsync(sourceVmid, request))),
                () -> existing(request.newid(), request.name()).map(c -> new CloneOutcome(request.newid(), Optional.empty())));
    }

    private Optional<QemuConfig> existing(int vmid, String expectedName) {
        try {
            QemuConfig found = config(vmid);
            if (expectedName != null && !expectedName.equals(found.name())) {
                throw new ProxmoxException("Unable to clone to VM " + vmid + ": the ID is already used by '"
                        + found.name() + "', not '" + expectedName + "'");
            }
            return Optional.of(found);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** The configuration with pending changes applied (what it will be after a reboot). */
    public QemuConfig config(int vmid) {
        return readConfig(vmid, false);
    }

    /** The configuration the VM is running with now. */
    public QemuConfig currentConfig(int vmid) {
        return readConfig(vmid, true);
    }

    private QemuConfig readConfig(int vmid, boolean current) {
        JsonNode data = api.call(ApiRequest.get(VM + "/config", node, vmid)
                .with(current ? Params.create().put("current", true) : Params.create())
                .action("read the config of VM " + vmid + " on " + node));
        Map<String, String> values = new LinkedHashMap<>();
        data.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
        return new QemuConfig(values);
    }

    /** Options whose new value waits for a reboot. */
    public List<PendingChange> pending(int vmid) {
        return api.call(ApiRequest.get(VM + "/pending", node, vmid).action("read the pending changes of VM " + vmid),
                new TypeReference<List<PendingChange>>() { });
    }

    /** POST config: PVE forks a task ({@code qmconfig}); prefer this for anything touching disks. */
    public Upid updateConfigAsync(int vmid, QemuOptions options) {
        return upid(ApiRequest.post(VM + "/config", node, vmid).with(options.toParams())
                .action("configure VM " + vmid + " on " + node));
    }

    public TaskResult updateConfig(int vmid, QemuOptions options) {
        return waiter.await(updateConfigAsync(vmid, options));
    }

    /** PUT config: done inside the request (subject to the 30 s proxy limit). Safe to repeat. */
    public void updateConfigSync(int vmid, QemuOptions options) {
        api.call(ApiRequest.put(VM + "/config", node, vmid).with(options.toParams()).idempotent(true)
                .action("configure VM " + vmid + " on " + node));
    }

    /** Grows a disk: {@code size} absolute ({@code 40G}) or relative ({@code +10G}). */
    public Upid resizeAsync(int vmid, String disk, String size) {
        return upid(ApiRequest.put(VM + "/resize", node, vmid).with(Params.create().put("disk", disk).put("size", size))
                .action("resize disk " + disk + " of VM " + vmid));
    }

    public TaskResult resize(int vmid, String disk, String size) {
        return waiter.await(resizeAsync(vmid, disk, size));
    }

    public QemuStatus status(int vmid) {
        return api.call(ApiRequest.get(VM + "/status/current", node, vmid).action("read the status of VM " + vmid),
                QemuStatus.class);
    }

    public Upid startAsync(int vmid) {
        return power(vmid, "start", Params.create());
    }

    public TaskResult start(int vmid) {
        return waiter.await(startAsync(vmid));
    }

    /** Hard power-off. */
    public Upid stopAsync(int vmid) {
        return power(vmid, "stop", Params.create());
    }

    public TaskResult stop(int vmid) {
        return waiter.await(stopAsync(vmid));
    }

    /** ACPI shutdown; with {@code forceStop} a hard stop after {@code timeoutSeconds}. */
    public Upid shutdownAsync(int vmid, int timeoutSeconds, boolean forceStop) {
        return power(vmid, "shutdown", Params.create().put("timeout", timeoutSeconds).put("forceStop", forceStop));
    }

    public TaskResult shutdown(int vmid, int timeoutSeconds, boolean forceStop) {
        return waiter.await(shutdownAsync(vmid, timeoutSeconds, forceStop));
    }

    /** Reboot; also applies pending changes. */
    public Upid rebootAsync(int vmid) {
        return power(vmid, "reboot", Params.create());
    }

    public TaskResult reboot(int vmid) {
        return waiter.await(rebootAsync(vmid));
    }

    private Upid power(int vmid, String action, Params params) {
        return upid(ApiRequest.post(VM + "/status/" + action, node, vmid).with(params).action(action + " VM " + vmid + " on " + node));
    }

    /**
     * Destroys a stopped VM. {@code purge} also removes it from backup jobs, replication and HA;
     * {@code destroyUnreferencedDisks} also deletes its orphaned disks.
     */
    public Upid deleteAsync(int vmid, boolean purge, boolean destroyUnreferencedDisks) {
        return upid(ApiRequest.delete(VM, node, vmid)
                .with(Params.create().put("purge", purge).put("destroy-unreferenced-disks", destroyUnreferencedDisks))
                .action("delete VM " + vmid + " on " + node));
    }

    public TaskResult delete(int vmid, boolean purge, boolean destroyUnreferencedDisks) {
        return waiter.await(deleteAsync(vmid, purge, destroyUnreferencedDisks));
    }

    /** Polls until the VM's config lock ({@code clone}, {@code create}...) is gone. */
    public void waitUntilUnlocked(int vmid, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (long pause = 200; status(vmid).locked(); pause = Math.min(pause * 2, 2000)) {
            if (System.nanoTime() > deadline) {
                throw new ProxmoxException("Unable to use VM " + vmid + ": still locked after " + timeout.toSeconds() + " s");
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ProxmoxException("Unable to use VM " + vmid + ": interrupted while waiting for its lock");
            }
        }
    }

    /** Throws while the agent is not up (500 "QEMU guest agent is not running", a transient error). */
    public void agentPing(int vmid) {
        api.call(ApiRequest.post(VM + "/agent/ping", node, vmid).idempotent(true).action("ping the guest agent of VM " + vmid));
    }

    public List<AgentInterface> agentNetworkInterfaces(int vmid) {
        JsonNode data = api.call(ApiRequest.get(VM + "/agent/network-get-interfaces", node, vmid)
                .action("read the network interfaces of VM " + vmid + " from its guest agent"));
        return io.labforge.proxmox.api.Json.convert(data.path("result"), new TypeReference<List<AgentInterface>>() { });
    }

    public FirewallApi firewall(int vmid) {
        return new FirewallApi(api, VM + "/firewall", "VM " + vmid, node, vmid);
    }

    private Upid upid(ApiRequest request) {
        return TasksApi.submit(api, request);
    }
}
