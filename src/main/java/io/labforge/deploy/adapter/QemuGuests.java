package io.labforge.deploy.adapter;

import io.labforge.deploy.port.CloudInit;
import io.labforge.deploy.port.CreateGuest;
import io.labforge.deploy.port.GuestConfig;
import io.labforge.deploy.port.GuestRef;
import io.labforge.deploy.port.GuestSource;
import io.labforge.deploy.port.IpConfig;
import io.labforge.deploy.port.NicConfig;
import io.labforge.deploy.port.TaskLog;
import io.labforge.proxmox.ProxmoxClient;
import io.labforge.proxmox.nodes.qemu.QemuApi;
import io.labforge.proxmox.nodes.qemu.QemuClone;
import io.labforge.proxmox.nodes.qemu.QemuCreate;
import io.labforge.proxmox.nodes.qemu.QemuOptions;
import io.labforge.proxmox.nodes.tasks.Cancellation;
import io.labforge.proxmox.nodes.tasks.Upid;
import io.labforge.proxmox.property.DiskSpec;
import io.labforge.proxmox.property.QemuNic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** QEMU calls: clone or create from ISO, configure (NICs with MACs, cloud-init, tags), resize, power, delete. */
final class QemuGuests {

    private final ProxmoxClient client;
    private final AdapterSettings settings;

    QemuGuests(ProxmoxClient client, AdapterSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    void create(CreateGuest req, TaskLog log) {
        GuestRef ref = req.ref();
        if (req.source().kind() == GuestSource.Kind.CLONE) {
            String from = req.source().templateNode();
            // a linked clone when the template already lives on the target storage (fast), else a full copy there
            Map<String, String> template = client.node(from).qemu().config(req.source().templateVmid()).values();
            String templateDisk = template.getOrDefault(ConfigReader.bootDiskSlot(template), "");
            boolean linked = req.storage() == null || templateDisk.startsWith(req.storage() + ":");
            QemuClone clone = new QemuClone(ref.vmid(), req.name(), req.pool(), linked ? null : true,
                    linked ? null : req.storage(), from.equals(ref.node()) ? null : ref.node(), req.description());
            await(client.node(from).qemu().cloneAsync(req.source().templateVmid(), clone), log);
        } else {
            GuestConfig c = req.initial();
            String storage = storage(req);
            QemuOptions o = QemuOptions.create().name(req.name()).description(req.description())
                    .cores(c.cores()).memoryMiB(c.memory()).ostype("other").scsihw("virtio-scsi-single")
                    .disk("scsi0", DiskSpec.newVolume(storage, c.diskGiB()))
                    .disk("ide2", DiskSpec.cdrom(req.source().volume()))
                    .bootOrder(List.of("scsi0", "ide2"));
            o = withNics(o, c.nics());
            if (c.tags() != null) {
                o = o.tags(List.copyOf(c.tags()));
            }
            await(qemu(ref).createAsync(QemuCreate.of(ref.vmid(), o).inPool(req.pool())), log);
        }
        qemu(ref).waitUntilUnlocked(ref.vmid(), settings.lockTimeout());
    }

    void configure(GuestRef ref, GuestConfig want, TaskLog log) {
        QemuApi qemu = qemu(ref);
        qemu.waitUntilUnlocked(ref.vmid(), settings.lockTimeout());
        Map<String, String> have = qemu.config(ref.vmid()).values();
        QemuOptions o = QemuOptions.create();
        if (want.cores() != null) {
            o = o.cores(want.cores());
        }
        if (want.memory() != null) {
            o = o.memoryMiB(want.memory());
        }
        List<String> delete = new ArrayList<>();
        if (want.nics() != null) {
            o = withNics(o, want.nics());
            for (int i = want.nics().size(); have.containsKey("net" + i) || have.containsKey("ipconfig" + i); i++) {
                delete.add("net" + i);
                delete.add("ipconfig" + i);
            }
        }
        CloudInit ci = want.cloudInit();
        if (ci != null) {
            if (!ConfigReader.hasCloudInitDrive(have)) {
                o = o.disk(have.containsKey("ide2") ? "ide3" : "ide2", DiskSpec.cloudInit(settings.defaultStorage()));
            }
            for (int i = 0; i < ci.ipconfigs().size(); i++) {
                IpConfig ip = ci.ipconfigs().get(i);
                o = o.ipConfig(i, ip.isDhcp() ? io.labforge.proxmox.property.IpConfig.dhcp()
                        : io.labforge.proxmox.property.IpConfig.staticV4(ip.address(), ip.gateway()));
            }
            if (ci.user() != null) {
                o = o.ciUser(ci.user());
            }
            if (!ci.sshKeys().isEmpty()) {
                o = o.sshKeys(ci.sshKeys());
            }
            if (ci.nameserver() != null) {
                o = o.nameserver(ci.nameserver());
            }
            if (ci.userData() != null) {
                o = o.cicustom("user=" + ci.userData());
            } else if (have.containsKey("cicustom")) {
                delete.add("cicustom");
            }
            o = o.ciUpgrade(false).agent(true);
        }
        if (want.tags() != null) {
            o = o.tags(want.tags().stream().sorted().toList());
        }
        if (want.description() != null) {
            o = o.description(want.description());
        }
        if (!delete.stream().filter(have::containsKey).toList().isEmpty()) {
            o = o.delete(delete.stream().filter(have::containsKey).toList());
        }
        await(qemu.updateConfigAsync(ref.vmid(), o), log);
    }

    void resize(GuestRef ref, int gib, TaskLog log) {
        QemuApi qemu = qemu(ref);
        String slot = ConfigReader.bootDiskSlot(qemu.config(ref.vmid()).values());
        await(qemu.resizeAsync(ref.vmid(), slot, gib + "G"), log);
    }

    void start(GuestRef ref, TaskLog log) {
        await(qemu(ref).startAsync(ref.vmid()), log);
    }

    void stop(GuestRef ref, TaskLog log) {
        if (qemu(ref).status(ref.vmid()).running()) {
            await(qemu(ref).stopAsync(ref.vmid()), log);
        }
    }

    void shutdown(GuestRef ref, int timeoutSeconds, TaskLog log) {
        if (qemu(ref).status(ref.vmid()).running()) {
            await(qemu(ref).shutdownAsync(ref.vmid(), timeoutSeconds, false), log);
        }
    }

    void delete(GuestRef ref, TaskLog log) {
        await(qemu(ref).deleteAsync(ref.vmid(), true, true), log);
    }

    private static QemuOptions withNics(QemuOptions o, List<NicConfig> nics) {
        QemuOptions out = o;
        for (int i = 0; i < nics.size(); i++) {
            NicConfig n = nics.get(i);
            out = out.net(i, QemuNic.virtio(n.mac(), n.bridge()).withTag(n.vlan()).withFirewall(n.firewall()));
        }
        return out;
    }

    private String storage(CreateGuest req) {
        return req.storage() == null ? settings.defaultStorage() : req.storage();
    }

    private QemuApi qemu(GuestRef ref) {
        return client.node(ref.node()).qemu();
    }

    private void await(Upid upid, TaskLog log) {
        client.tasks().await(upid, log::line, Cancellation.none());
    }
}
