package io.labforge.proxmox.cluster;

import com.fasterxml.jackson.core.type.TypeReference;
import io.labforge.proxmox.api.ApiClient;
import io.labforge.proxmox.api.ApiRequest;
import io.labforge.proxmox.api.Params;
import io.labforge.proxmox.api.ParameterVerificationException;
import io.labforge.proxmox.cluster.sdn.SdnApi;
import io.labforge.proxmox.firewall.FirewallApi;
import io.labforge.proxmox.firewall.SecurityGroupsApi;
import io.labforge.proxmox.nodes.tasks.TaskWaiter;

import java.util.List;

/** {@code /cluster}: cluster-wide views and objects. */
public final class ClusterApi {

    private final ApiClient api;
    private final TaskWaiter waiter;

    public ClusterApi(ApiClient api, TaskWaiter waiter) {
        this.api = api;
        this.waiter = waiter;
    }

    /** @param type {@code vm}, {@code storage}, {@code node}, {@code sdn}, or null for all */
    public List<ClusterResource> resources(String type) {
        return api.call(ApiRequest.get("/cluster/resources").with(Params.create().put("type", type))
                .action("list cluster resources"), new TypeReference<List<ClusterResource>>() { });
    }

    public List<ClusterStatusEntry> status() {
        return api.call(ApiRequest.get("/cluster/status").action("read the cluster status"),
                new TypeReference<List<ClusterStatusEntry>>() { });
    }

    /** True if writes can succeed: the cluster is quorate, or this is a standalone node. */
    public boolean quorate() {
        return status().stream().filter(e -> "cluster".equals(e.type()))
                .allMatch(e -> e.quorate() != null && e.quorate() == 1);
    }

    /** The lowest free VMID right now. Reserves nothing: two callers can get the same number. */
    public int nextId() {
        return api.call(ApiRequest.get("/cluster/nextid").action("find a free VM ID")).asInt();
    }

    /** Whether {@code vmid} is free (PVE answers 400 "already exists" otherwise). */
    public boolean isFree(int vmid) {
        try {
            api.call(ApiRequest.get("/cluster/nextid").with(Params.create().put("vmid", vmid)).action("check VM ID " + vmid));
            return true;
        } catch (ParameterVerificationException e) {
            if (e.errors().containsKey("vmid")) {
                return false;
            }
            throw e;
        }
    }

    public SdnApi sdn() {
        return new SdnApi(api, waiter);
    }

    public FirewallApi firewall() {
        return new FirewallApi(api, "/cluster/firewall", "the datacenter");
    }

    public SecurityGroupsApi securityGroups() {
        return new SecurityGroupsApi(api);
    }
}
