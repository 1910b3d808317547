package io.labforge.proxmox.cluster.sdn;

import com.fasterxml.jackson.core.type.TypeReference;
import io.labforge.proxmox.api.ApiClient;
import io.labforge.proxmox.api.ApiRequest;
import io.labforge.proxmox.api.Params;
import io.labforge.proxmox.nodes.tasks.TaskResult;
import io.labforge.proxmox.nodes.tasks.TaskWaiter;
import io.labforge.proxmox.nodes.tasks.TasksApi;
import io.labforge.proxmox.nodes.tasks.Upid;

import java.util.List;

/**
 * {@code /cluster/sdn}: zones, vnets and subnets. Edits are pending until {@link #apply()}, and the apply
 * task only launches per-node reloads — check each node's zone status afterwards.
 */
public final class SdnApi {

    private final ApiClient api;
    private final TaskWaiter waiter;

    public SdnApi(ApiClient api, TaskWaiter waiter) {
        this.api = api;
        this.waiter = waiter;
    }

    public List<SdnZone> zones() {
        return api.call(ApiRequest.get("/cluster/sdn/zones").action("list SDN zones"), new TypeReference<List<SdnZone>>() { });
    }

    /** A {@code simple} zone: isolated L3 segments on every node; {@code dhcp} may be {@code dnsmasq} or null. */
    public void createSimpleZone(String zone, String dhcp) {
        api.call(ApiRequest.post("/cluster/sdn/zones").with(Params.create().put("zone", zone).put("type", "simple")
                .put("dhcp", dhcp).put("ipam", dhcp == null ? null : "pve")).action("create SDN zone " + zone));
    }

    /** A {@code vlan} zone on an existing (VLAN-capable) bridge. */
    public void createVlanZone(String zone, String bridge) {
        api.call(ApiRequest.post("/cluster/sdn/zones").with(Params.create().put("zone", zone).put("type", "vlan")
                .put("bridge", bridge)).action("create SDN zone " + zone));
    }

    public void deleteZone(String zone) {
        api.call(ApiRequest.delete("/cluster/sdn/zones/{zone}", zone).action("delete SDN zone " + zone));
    }

    public List<SdnVnet> vnets() {
        return api.call(ApiRequest.get("/cluster/sdn/vnets").action("list SDN vnets"), new TypeReference<List<SdnVnet>>() { });
    }

    /** @param tag VLAN ID or VNI; required in vlan/vxlan zones, null in simple zones */
    public void createVnet(String vnet, String zone, Integer tag, String alias) {
        api.call(ApiRequest.post("/cluster/sdn/vnets").with(Params.create().put("vnet", vnet).put("zone", zone)
                .put("tag", tag).put("alias", alias)).action("create SDN vnet " + vnet));
    }

    public void deleteVnet(String vnet) {
        api.call(ApiRequest.delete("/cluster/sdn/vnets/{vnet}", vnet).action("delete SDN vnet " + vnet));
    }

    public List<SdnSubnet> subnets(String vnet) {
        return api.call(ApiRequest.get("/cluster/sdn/vnets/{vnet}/subnets", vnet).action("list the subnets of vnet " + vnet),
                new TypeReference<List<SdnSubnet>>() { });
    }

    /** @param snat masquerade traffic leaving the host (NAT to the outside) */
    public void createSubnet(String vnet, String cidr, String gateway, boolean snat) {
        api.call(ApiRequest.post("/cluster/sdn/vnets/{vnet}/subnets", vnet).with(Params.create().put("subnet", cidr)
                .put("type", "subnet").put("gateway", gateway).put("snat", snat ? Boolean.TRUE : null))
                .action("create subnet " + cidr + " in vnet " + vnet));
    }

    /** @param subnetId the server's ID, {@code <zone>-<ip>-<prefix>} */
    public void deleteSubnet(String vnet, String subnetId) {
        api.call(ApiRequest.delete("/cluster/sdn/vnets/{vnet}/subnets/{subnet}", vnet, subnetId)
                .action("delete subnet " + subnetId + " of vnet " + vnet));
    }

    public Upid applyAsync() {
        return TasksApi.submit(api, ApiRequest.put("/cluster/sdn").action("apply the SDN configuration"));
    }

    public TaskResult apply() {
        return waiter.await(applyAsync());
    }
}
