package io.labforge.proxmox.nodes;

import io.labforge.proxmox.api.ApiClient;
import io.labforge.proxmox.firewall.FirewallApi;
import io.labforge.proxmox.nodes.lxc.LxcApi;
import io.labforge.proxmox.nodes.network.NetworkApi;
import io.labforge.proxmox.nodes.qemu.QemuApi;
import io.labforge.proxmox.nodes.storage.StorageApi;
import io.labforge.proxmox.nodes.tasks.TaskWaiter;
import io.labforge.proxmox.nodes.tasks.TasksApi;

/** {@code /nodes/{node}/...}: everything that lives on one node. */
public final class NodeApi {

    private final ApiClient api;
    private final String node;
    private final TaskWaiter waiter;

    public NodeApi(ApiClient api, String node, TaskWaiter waiter) {
        this.api = api;
        this.node = node;
        this.waiter = waiter;
    }

    public String name() {
        return node;
    }

    public NodeStatus status() {
        return new NodesApi(api).status(node);
    }

    public QemuApi qemu() {
        return new QemuApi(api, node, waiter);
    }

    public LxcApi lxc() {
        return new LxcApi(api, node, waiter);
    }

    public NetworkApi network() {
        return new NetworkApi(api, node, waiter);
    }

    public StorageApi storage() {
        return new StorageApi(api, node);
    }

    public TasksApi tasks() {
        return new TasksApi(api);
    }

    /** Host-level firewall: {@code /nodes/{node}/firewall}. */
    public FirewallApi firewall() {
        return new FirewallApi(api, "/nodes/{node}/firewall", "node " + node, node);
    }
}
