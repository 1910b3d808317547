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

    /** The zones as edited (staged changes included). */
    public List<SdnZone> zones() {
        return api.call(ApiRequest.get("/cluster/sdn/zones").action("list SDN zones"), new TypeReference<List<SdnZone>>() { });
    }

    /** The zones as running: what the last apply put in place. */
    public List<SdnZone> runningZones() {
        return api.call(ApiRequest.get("/cluster/sdn/zones").with(Params.create().put("running", Boolean.TRUE))
                .action("list running SDN zones"), new TypeReference<List<SdnZone>>() { });
    }

    /**
     * A {@code vxlan} zone: an overlay between the {@code peers} (the nodes' addresses), for vnets that span
     * nodes without a shared VLAN; {@code mtu} leaves room for the 50-byte VXLAN header.
     */
    public void createVxlanZone(String zone, List<String> peers, Integer mtu) {
        api.call(ApiRequest.post("/cluster/sdn/zones").with(Params.create().put("zone", zone).put("type", "vxlan")
                .put("peers", String.join(",", peers)).put("mtu", mtu)).action("create SDN zone " + zone));
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

    /** Changes a zone's bridge (vlan), peers (vxlan) or MTU; null leaves a setting as it is. */
    public void updateZone(String zone, String bridge, List<String> peers, Integer mtu) {
        api.call(ApiRequest.put("/cluster/sdn/zones/{zone}", zone).with(Params.create().put("bridge", bridge)
                .put("peers", peers == null || peers.isEmpty() ? null : String.join(",", peers)).put("mtu", mtu))
                .action("change SDN zone " + zone));
    }

    public void deleteZone(String zone) {
        api.call(ApiRequest.delete("/cluster/sdn/zones/{zone}", zone).action("delete SDN zone " + zone));
    }

    /** The vnets as edited (staged changes included). */
    public List<SdnVnet> vnets() {
        return api.call(ApiRequest.get("/cluster/sdn/vnets").action("list SDN vnets"), new TypeReference<List<SdnVnet>>() { });
    }

    /** The vnets as running. */
    public List<SdnVnet> runningVnets() {
        return api.call(ApiRequest.get("/cluster/sdn/vnets").with(Params.create().put("running", Boolean.TRUE))
                .action("list running SDN vnets"), new TypeReference<List<SdnVnet>>() { });
    }

    /** @param tag VLAN ID or VNI; required in vlan/vxlan zones, null in simple zones */
    public void createVnet(String vnet, String zone, Integer tag, String alias) {
        api.call(ApiRequest.post("/cluster/sdn/vnets").with(Params.create().put("vnet", vnet).put("zone", zone)
                .put("tag", tag).put("alias", alias)).action("create SDN vnet " + vnet));
    }

    /** Moves a vnet to {@code zone} with {@code tag} and {@code alias}. */
    public void updateVnet(String vnet, String zone, Integer tag, String alias) {
        api.call(ApiRequest.put("/cluster/sdn/vnets/{vnet}", vnet).with(Params.create().put("zone", zone).put("tag", tag)
                .put("alias", alias)).action("change SDN vnet " + vnet));
    }

    public void deleteVnet(String vnet) {
        api.call(ApiRequest.delete("/cluster/sdn/vnets/{vnet}", vnet).action("delete SDN vnet " + vnet));
    }

    public List<SdnSubnet> subnets(String vnet) {
        return api.call(ApiRequest.get("/cluster/sdn/vnets/{vnet}/subnets", vnet).action("list the subnets of vnet " + vnet),
                new TypeReference<List<SdnSubnet>>() { });
    }

    /** The subnets of a vnet as running (empty when the vnet itself is not applied yet). */
    public List<SdnSubnet> runningSubnets(String vnet) {
        return api.call(ApiRequest.get("/cluster/sdn/vnets/{vnet}/subnets", vnet).with(Params.create().put("running", Boolean.TRUE))
                .action("list the running subnets of vnet " + vnet), new TypeReference<List<SdnSubnet>>() { });
    }

    /** Per zone, whether a node has applied it: {@code available}, {@code pending} or {@code error}. */
    public List<SdnZoneStatus> zoneStatus(String node) {
        return api.call(ApiRequest.get("/nodes/{node}/sdn/zones", node).action("read the SDN zone status of " + node),
                new TypeReference<List<SdnZoneStatus>>() { });
    }

    /** @param snat masquerade traffic leaving the host (NAT to the outside) */
    public void createSubnet(String vnet, String cidr, String gateway, boolean snat) {
        api.call(ApiRequest.post("/cluster/sdn/vnets/{vnet}/subnets", vnet).with(Params.create().put("subnet", cidr)
                .put("type", "subnet").put("gateway", gateway).put("snat", snat ? Boolean.TRUE : null))
                .action("create subnet " + cidr + " in vnet " + vnet));
    }

    /** Sets (or, when null, removes) the gateway and switches SNAT; {@code subnetId} as in {@link #deleteSubnet}. */
    public void updateSubnet(String vnet, String subnetId, String gateway, boolean snat) {
        api.call(ApiRequest.put("/cluster/sdn/vnets/{vnet}/subnets/{subnet}", vnet, subnetId).with(Params.create()
                .put("gateway", gateway).put("snat", snat).put("delete", gateway == null ? "gateway" : null))
                .action("change subnet " + subnetId + " of vnet " + vnet));
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
