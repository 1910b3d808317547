package io.labforge.deploy.adapter;

import io.labforge.deploy.port.Bridge;
import io.labforge.deploy.port.Cluster;
import io.labforge.deploy.port.ClusterException;
import io.labforge.deploy.port.ClusterNode;
import io.labforge.deploy.port.ClusterState;
import io.labforge.deploy.port.CreateGuest;
import io.labforge.deploy.port.FirewallRule;
import io.labforge.deploy.port.Guest;
import io.labforge.deploy.port.GuestConfig;
import io.labforge.deploy.port.GuestRef;
import io.labforge.deploy.port.GuestType;
import io.labforge.deploy.port.PowerState;
import io.labforge.deploy.port.ReadScope;
import io.labforge.deploy.port.ReadyCheck;
import io.labforge.deploy.port.SdnState;
import io.labforge.deploy.port.SdnSubnet;
import io.labforge.deploy.port.SdnVnet;
import io.labforge.deploy.port.SdnZone;
import io.labforge.deploy.port.TaskLog;
import io.labforge.proxmox.ProxmoxClient;
import io.labforge.proxmox.api.PermissionDeniedException;
import io.labforge.proxmox.cluster.ClusterResource;
import io.labforge.proxmox.cluster.ClusterStatusEntry;
import io.labforge.proxmox.firewall.FirewallApi;
import io.labforge.proxmox.nodes.NodeSummary;
import io.labforge.proxmox.nodes.network.BridgeCreate;
import io.labforge.proxmox.nodes.network.NetworkInterface;
import io.labforge.proxmox.nodes.tasks.Cancellation;
import io.labforge.proxmox.pools.Pool;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The deploy engine's {@link Cluster} on the Proxmox client (a real cluster or the sandbox). */
public final class ProxmoxCluster implements Cluster {

    private static final long MIB = 1024L * 1024L;

    private final ProxmoxClient client;
    private final QemuGuests qemu;
    private final LxcGuests lxc;
    private final Readiness readiness;
    private final SdnObjects sdn;
    private final ProxmoxAccess access;

    public ProxmoxCluster(ProxmoxClient client, AdapterSettings settings) {
        this.client = client;
        this.qemu = new QemuGuests(client, settings);
        this.lxc = new LxcGuests(client, settings);
        this.readiness = new Readiness(client, settings);
        this.sdn = new SdnObjects(client, settings);
        this.access = new ProxmoxAccess(client);
    }

    @Override
    public ClusterState read(ReadScope scope) throws ClusterException {
        return Errors.call(() -> {
            List<NodeSummary> summaries = client.nodes().list();
            Map<String, String> addresses = nodeAddresses();
            List<ClusterNode> nodes = summaries.stream()
                    .map(n -> new ClusterNode(n.node(), n.online(), n.maxcpu(), n.maxmem() / MIB, n.mem() / MIB, n.cpu(),
                            addresses.get(n.node()))).toList();
            List<Guest> guests = new ArrayList<>();
            for (ClusterResource r : client.cluster().resources("vm")) {
                if (!r.isGuest() || r.vmid() == null) {
                    continue;
                }
                GuestRef ref = new GuestRef(r.node(), r.vmid(), "lxc".equals(r.type()) ? GuestType.LXC : GuestType.QEMU);
                Set<String> tags = ConfigReader.tags(r.tags());
                boolean full = !r.isTemplate() && scope.selects(ref.vmid(), tags, r.pool());
                guests.add(full ? readGuest(ref, r.name(), power(r.status()), r.lock(), tags, r.pool(), false)
                        : new Guest(ref, r.name(), power(r.status()), r.isTemplate(), r.lock(), tags, r.pool(), null, null, List.of()));
            }
            List<Bridge> bridges = new ArrayList<>();
            for (NodeSummary n : summaries) {
                if (n.online()) {
                    for (NetworkInterface i : client.node(n.node()).network().list()) {
                        if ("bridge".equals(i.type()) || "OVSBridge".equals(i.type())) {
                            bridges.add(new Bridge(n.node(), i.iface(), i.isActive(), i.comments()));
                        }
                    }
                }
            }
            Set<String> pools = client.pools().list().stream().map(Pool::poolid).collect(Collectors.toSet());
            return new ClusterState(nodes, guests, bridges, pools, readSdn());
        });
    }

    @Override
    public java.util.Optional<io.labforge.deploy.port.SnippetStorage> snippetStorage(String node) throws ClusterException {
        return Errors.call(() -> {
            List<io.labforge.proxmox.nodes.storage.StorageStatus> all = client.node(node).storage().list().stream()
                    .filter(s -> s.holds("snippets") && s.isActive()).toList();
            return all.stream().filter(s -> "local".equals(s.storage())).findFirst().or(() -> all.stream().findFirst())
                    .map(s -> new io.labforge.deploy.port.SnippetStorage(s.storage(), storagePath(s.storage())));
        });
    }

    /** {@code GET /storage/{storage}}'s path; without the privilege to read it, {@code local}'s is well known. */
    private String storagePath(String storage) {
        try {
            return new io.labforge.proxmox.storage.StorageConfigApi(client.api()).path(storage).orElse(null);
        } catch (PermissionDeniedException e) {
            return "local".equals(storage) ? io.labforge.deploy.port.SnippetStorage.LOCAL_DIRECTORY : null;
        }
    }

    /** Node name → cluster address; empty when the token may not read the cluster status. */
    private Map<String, String> nodeAddresses() {
        try {
            return client.cluster().status().stream().filter(e -> "node".equals(e.type()) && e.ip() != null)
                    .collect(Collectors.toMap(ClusterStatusEntry::name, ClusterStatusEntry::ip, (a, b) -> a));
        } catch (PermissionDeniedException e) {
            return Map.of();
        }
    }

    /** Without SDN.Audit there is nothing to see; creating an SDN object then fails with a clear 403. */
    private SdnState readSdn() {
        try {
            return sdn.read();
        } catch (PermissionDeniedException e) {
            return SdnState.EMPTY;
        }
    }

    @Override
    public Optional<Guest> guest(int vmid) throws ClusterException {
        return Errors.call(() -> {
            Optional<ClusterResource> r = client.cluster().resources("vm").stream()
                    .filter(x -> x.vmid() != null && x.vmid() == vmid && x.isGuest()).findFirst();
            if (r.isEmpty()) {
                return Optional.empty();
            }
            ClusterResource x = r.get();
            GuestRef ref = new GuestRef(x.node(), vmid, "lxc".equals(x.type()) ? GuestType.LXC : GuestType.QEMU);
            return Optional.of(readGuest(ref, x.name(), power(x.status()), x.lock(), ConfigReader.tags(x.tags()), x.pool(), true));
        });
    }

    @Override
    public List<String> addresses(GuestRef ref) throws ClusterException {
        return Errors.call(() -> {
            if (ref.type() == GuestType.LXC) {
                return readiness.containerAddresses(ref);
            }
            try {
                return readiness.agentAddresses(ref);
            } catch (RuntimeException noAgent) {
                return List.of();
            }
        });
    }

    private Guest readGuest(GuestRef ref, String name, PowerState status, String lock, Set<String> tags, String pool, boolean withAddresses) {
        GuestConfig config;
        FirewallApi fw;
        List<String> addresses = List.of();
        if (ref.type() == GuestType.QEMU) {
            config = ConfigReader.qemu(client.node(ref.node()).qemu().config(ref.vmid()).values());
            fw = client.node(ref.node()).qemu().firewall(ref.vmid());
            if (withAddresses && status == PowerState.RUNNING) {
                try {
                    addresses = readiness.agentAddresses(ref);
                } catch (RuntimeException noAgent) {
                    addresses = List.of();
                }
            }
        } else {
            config = ConfigReader.lxc(client.node(ref.node()).lxc().config(ref.vmid()));
            fw = client.node(ref.node()).lxc().firewall(ref.vmid());
            if (withAddresses) {
                addresses = readiness.containerAddresses(ref);
            }
        }
        List<FirewallRule> rules = Firewalls.read(fw);
        return new Guest(ref, name, status, false, lock, tags, pool, config, rules, addresses);
    }

    private static PowerState power(String status) {
        return "running".equals(status) ? PowerState.RUNNING : "stopped".equals(status) ? PowerState.STOPPED : PowerState.UNKNOWN;
    }

    @Override
    public boolean isVmidFree(int vmid) throws ClusterException {
        return Errors.call(() -> client.cluster().isFree(vmid));
    }

    @Override
    public void createPool(String pool, String comment) throws ClusterException {
        Errors.run(() -> client.pools().create(pool, comment));
    }

    @Override
    public void deletePool(String pool) throws ClusterException {
        Errors.run(() -> client.pools().delete(pool));
    }

    @Override
    public void createGuest(CreateGuest request, TaskLog log) throws ClusterException {
        Errors.run(() -> {
            if (request.ref().type() == GuestType.QEMU) {
                qemu.create(request, log);
            } else {
                lxc.create(request, log);
            }
        });
    }

    @Override
    public void configure(GuestRef guest, GuestConfig config, TaskLog log) throws ClusterException {
        Errors.run(() -> {
            if (guest.type() == GuestType.QEMU) {
                qemu.configure(guest, config, log);
            } else {
                lxc.configure(guest, config, log);
            }
        });
    }

    @Override
    public void resizeDisk(GuestRef guest, int gib, TaskLog log) throws ClusterException {
        Errors.run(() -> {
            if (guest.type() == GuestType.QEMU) {
                qemu.resize(guest, gib, log);
            } else {
                lxc.resize(guest, gib, log);
            }
        });
    }

    @Override
    public void setFirewall(GuestRef guest, List<FirewallRule> rules, TaskLog log) throws ClusterException {
        Errors.run(() -> {
            FirewallApi fw = guest.type() == GuestType.QEMU ? client.node(guest.node()).qemu().firewall(guest.vmid())
                    : client.node(guest.node()).lxc().firewall(guest.vmid());
            Firewalls.replace(fw, rules);
            log.line(rules.size() + " firewall rule(s) set on " + guest);
        });
    }

    @Override
    public void start(GuestRef guest, TaskLog log) throws ClusterException {
        Errors.run(() -> {
            if (guest.type() == GuestType.QEMU) {
                qemu.start(guest, log);
            } else {
                lxc.start(guest, log);
            }
        });
    }

    @Override
    public void stop(GuestRef guest, TaskLog log) throws ClusterException {
        Errors.run(() -> {
            if (guest.type() == GuestType.QEMU) {
                qemu.stop(guest, log);
            } else {
                lxc.stop(guest, log);
            }
        });
    }

    @Override
    public void shutdown(GuestRef guest, Duration timeout, TaskLog log) throws ClusterException {
        int seconds = (int) Math.max(1, timeout.toSeconds());
        Errors.run(() -> {
            if (guest.type() == GuestType.QEMU) {
                qemu.shutdown(guest, seconds, log);
            } else {
                lxc.shutdown(guest, seconds, log);
            }
        });
    }

    @Override
    public Optional<io.labforge.deploy.port.AccessCheck> access() {
        return Optional.of(access);
    }

    @Override
    public void delete(GuestRef guest, TaskLog log) throws ClusterException {
        Errors.run(() -> {
            if (guest.type() == GuestType.QEMU) {
                qemu.delete(guest, log);
            } else {
                lxc.delete(guest, log);
            }
        });
    }

    @Override
    public List<String> waitReady(GuestRef guest, ReadyCheck check, Duration timeout, TaskLog log) throws ClusterException {
        return readiness.await(guest, check, timeout, log);
    }

    @Override
    public void createBridge(String node, String bridge, String comment, TaskLog log) throws ClusterException {
        Errors.run(() -> client.node(node).network().createBridge(BridgeCreate.isolated(bridge, comment).withVlanAware()));
        log.line("bridge " + bridge + " staged on " + node);
    }

    @Override
    public void deleteBridge(String node, String bridge, TaskLog log) throws ClusterException {
        Errors.run(() -> client.node(node).network().delete(bridge));
        log.line("bridge " + bridge + " removal staged on " + node);
    }

    @Override
    public void applyNetwork(String node, TaskLog log) throws ClusterException {
        Errors.run(() -> client.tasks().await(client.node(node).network().applyAsync(), log::line, Cancellation.none()));
    }

    @Override
    public void createSdnZone(SdnZone zone, TaskLog log) throws ClusterException {
        sdn.createZone(zone, log);
    }

    @Override
    public void createSdnVnet(SdnVnet vnet, TaskLog log) throws ClusterException {
        sdn.createVnet(vnet, log);
    }

    @Override
    public void createSdnSubnet(SdnSubnet subnet, TaskLog log) throws ClusterException {
        sdn.createSubnet(subnet, log);
    }

    @Override
    public void updateSdnZone(SdnZone zone, TaskLog log) throws ClusterException {
        sdn.updateZone(zone, log);
    }

    @Override
    public void updateSdnVnet(SdnVnet vnet, TaskLog log) throws ClusterException {
        sdn.updateVnet(vnet, log);
    }

    @Override
    public void updateSdnSubnet(SdnSubnet subnet, TaskLog log) throws ClusterException {
        sdn.updateSubnet(subnet, log);
    }

    @Override
    public void deleteSdnSubnet(String vnet, String subnetId, TaskLog log) throws ClusterException {
        sdn.deleteSubnet(vnet, subnetId, log);
    }

    @Override
    public void deleteSdnVnet(String vnet, TaskLog log) throws ClusterException {
        sdn.deleteVnet(vnet, log);
    }

    @Override
    public void deleteSdnZone(String zone, TaskLog log) throws ClusterException {
        sdn.deleteZone(zone, log);
    }

    @Override
    public void applySdn(TaskLog log) throws ClusterException {
        sdn.apply(log);
    }
}
