package io.labforge.deploy.adapter;

import io.labforge.deploy.port.CloudInit;
import io.labforge.deploy.port.CreateGuest;
import io.labforge.deploy.port.GuestConfig;
import io.labforge.deploy.port.GuestRef;
import io.labforge.deploy.port.IpConfig;
import io.labforge.deploy.port.NicConfig;
import io.labforge.deploy.port.TaskLog;
import io.labforge.proxmox.ProxmoxClient;
import io.labforge.proxmox.api.ApiRequest;
import io.labforge.proxmox.api.Params;
import io.labforge.proxmox.nodes.lxc.LxcApi;
import io.labforge.proxmox.nodes.lxc.LxcCreate;
import io.labforge.proxmox.nodes.tasks.Cancellation;
import io.labforge.proxmox.nodes.tasks.TasksApi;
import io.labforge.proxmox.nodes.tasks.Upid;
import io.labforge.proxmox.property.DiskSpec;
import io.labforge.proxmox.property.LxcNic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** LXC calls: create (unprivileged, keys, NICs with addresses), configure, resize, power, delete. */
final class LxcGuests {

    private final ProxmoxClient client;
    private final AdapterSettings settings;

    LxcGuests(ProxmoxClient client, AdapterSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    void create(CreateGuest req, TaskLog log) {
        GuestConfig c = req.initial();
        GuestRef ref = req.ref();
        String storage = req.storage() == null ? settings.defaultStorage() : req.storage();
        LxcCreate create = LxcCreate.of(ref.vmid(), req.source().volume(), req.name(), DiskSpec.newVolume(storage, c.diskGiB()))
                .withResources(c.memory(), 512, c.cores()).inPool(req.pool());
        List<LxcNic> nics = nics(c);
        for (int i = 0; i < nics.size(); i++) {
            create = create.withNic(i, nics.get(i));
        }
        CloudInit ci = c.cloudInit();
        if (ci != null && !ci.sshKeys().isEmpty()) {
            create = create.withLogin(ci.sshKeys(), null);
        }
        create = new LxcCreate(create.vmid(), create.ostemplate(), create.hostname(), create.rootfs(), create.nics(),
                create.memoryMb(), create.swapMb(), create.cores(), true, null, create.pool(),
                c.tags() == null ? null : c.tags().stream().sorted().toList(), create.sshPublicKeys(), null, null);
        await(lxc(ref).createAsync(create), log);
        configure(ref, new GuestConfig(null, null, null, null, null, null, req.description()), log);
    }

    void configure(GuestRef ref, GuestConfig want, TaskLog log) {
        LxcApi lxc = lxc(ref);
        Map<String, String> have = lxc.config(ref.vmid());
        Params p = Params.create();
        p.put("cores", want.cores());
        p.put("memory", want.memory());
        List<String> delete = new ArrayList<>();
        if (want.nics() != null) {
            List<LxcNic> nics = nics(want);
            for (int i = 0; i < nics.size(); i++) {
                p.put("net" + i, nics.get(i).format());
            }
            for (int i = nics.size(); have.containsKey("net" + i); i++) {
                delete.add("net" + i);
            }
        }
        if (want.cloudInit() != null && want.cloudInit().nameserver() != null) {
            p.put("nameserver", want.cloudInit().nameserver());
        }
        if (want.tags() != null) {
            p.put("tags", String.join(";", want.tags().stream().sorted().toList()));
        }
        p.put("description", want.description());
        if (!delete.isEmpty()) {
            p.put("delete", String.join(",", delete));
        }
        lxc.updateConfig(ref.vmid(), p);
        log.line("configured CT " + ref.vmid());
    }

    void resize(GuestRef ref, int gib, TaskLog log) {
        Upid upid = TasksApi.submit(client.api(), ApiRequest.put("/nodes/{node}/lxc/{vmid}/resize", ref.node(), ref.vmid())
                .with(Params.create().put("disk", "rootfs").put("size", gib + "G"))
                .action("resize the root disk of CT " + ref.vmid()));
        await(upid, log);
    }

    void start(GuestRef ref, TaskLog log) {
        await(lxc(ref).startAsync(ref.vmid()), log);
    }

    void stop(GuestRef ref, TaskLog log) {
        if (lxc(ref).status(ref.vmid()).running()) {
            await(lxc(ref).stopAsync(ref.vmid()), log);
        }
    }

    void shutdown(GuestRef ref, int timeoutSeconds, TaskLog log) {
        if (lxc(ref).status(ref.vmid()).running()) {
            await(lxc(ref).shutdownAsync(ref.vmid(), timeoutSeconds, false), log);
        }
    }

    void delete(GuestRef ref, TaskLog log) {
        await(lxc(ref).deleteAsync(ref.vmid(), true, true, true), log);
    }

    private static List<LxcNic> nics(GuestConfig c) {
        List<LxcNic> out = new ArrayList<>();
        List<IpConfig> ips = c.cloudInit() == null ? List.of() : c.cloudInit().ipconfigs();
        for (int i = 0; i < c.nics().size(); i++) {
            NicConfig n = c.nics().get(i);
            IpConfig ip = i < ips.size() ? ips.get(i) : IpConfig.DHCP;
            out.add(new LxcNic("eth" + i, n.bridge(), n.mac(), ip.address(), ip.gateway(), n.vlan(), n.firewall()));
        }
        return out;
    }

    private LxcApi lxc(GuestRef ref) {
        return client.node(ref.node()).lxc();
    }

    private void await(Upid upid, TaskLog log) {
        client.tasks().await(upid, log::line, Cancellation.none());
    }
}
