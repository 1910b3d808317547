package io.labforge.deploy.engine;

import io.labforge.deploy.port.Bridge;
import io.labforge.deploy.port.Cluster;
import io.labforge.deploy.port.ClusterException;
import io.labforge.deploy.port.ClusterException.Failure;
import io.labforge.deploy.port.ClusterNode;
import io.labforge.deploy.port.SdnZone;
import io.labforge.deploy.port.SdnVnet;
import io.labforge.deploy.port.SdnSubnet;
import io.labforge.deploy.port.SdnState;
import io.labforge.deploy.port.ClusterState;
import io.labforge.deploy.port.CloudInit;
import io.labforge.deploy.port.CreateGuest;
import io.labforge.deploy.port.FirewallRule;
import io.labforge.deploy.port.Guest;
import io.labforge.deploy.port.GuestConfig;
import io.labforge.deploy.port.GuestRef;
import io.labforge.deploy.port.GuestSource;
import io.labforge.deploy.port.GuestType;
import io.labforge.deploy.port.IpConfig;
import io.labforge.deploy.port.NicConfig;
import io.labforge.deploy.port.PowerState;
import io.labforge.deploy.port.ReadScope;
import io.labforge.deploy.port.ReadyCheck;
import io.labforge.deploy.port.TaskLog;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * An in-memory cluster for engine tests: fast, deterministic, with injectable faults. Like Proxmox,
 * it fails a create with a storage lock timeout when two run on one storage at once, and a fault may
 * strike after the work was done (the answer was lost), which is what the engine's re-checks are for.
 */
final class FakeCluster implements Cluster {

    private final TreeMap<Integer, Guest> guests = new TreeMap<>();
    private final List<Bridge> bridges = new ArrayList<>();
    private final Set<String> pools = new LinkedHashSet<>();
    private final List<ClusterNode> nodes = new ArrayList<>();
    private FakeSdn sdn = new FakeSdn();
    private final Map<String, Integer> creating = new HashMap<>();
    final Map<String, AtomicInteger> calls = new TreeMap<>();
    final AtomicInteger storageLockCollisions = new AtomicInteger();
    private Random random = new Random(1);
    private double transientRate;
    private double lockRate;
    private double taskFailRate;
    private long latencyMillis;
    /** Called after every mutation, with the cluster locked; tests take snapshots here. */
    volatile Consumer<FakeCluster> afterMutation = c -> { };

    FakeCluster(String... nodeNames) {
        int vmid = 9000;
        for (String n : nodeNames.length == 0 ? new String[] {"pve"} : nodeNames) {
            nodes.add(new ClusterNode(n, true, 16, 65536, 4096, 0.05, "192.168.1." + (10 + nodes.size())));
            bridges.add(new Bridge(n, "vmbr0", true, null));
            for (String t : List.of("debian-12-cloudinit", "ubuntu-24.04-cloudinit")) {
                GuestRef ref = new GuestRef(n, vmid++, GuestType.QEMU);
                guests.put(ref.vmid(), new Guest(ref, t, PowerState.STOPPED, true, null, Set.of(), null,
                        new GuestConfig(1, 1024, 4, List.of(), null, Set.of(), "template"), null, List.of()));
            }
        }
    }

    FakeCluster faults(double transientRate, double lockRate, double taskFailRate, long seed) {
        this.transientRate = transientRate;
        this.lockRate = lockRate;
        this.taskFailRate = taskFailRate;
        this.random = new Random(seed);
        return this;
    }

    FakeCluster latency(long millis) {
        this.latencyMillis = millis;
        return this;
    }

    /** A deep copy (records are immutable) without faults, as a restarted process would find it. */
    synchronized FakeCluster copy() {
        FakeCluster c = new FakeCluster();
        c.guests.clear();
        c.guests.putAll(guests);
        c.bridges.clear();
        c.bridges.addAll(bridges);
        c.pools.addAll(pools);
        c.nodes.clear();
        c.nodes.addAll(nodes);
        c.sdn = sdn.copy();
        return c;
    }

    // ---- test helpers

    synchronized List<Guest> guests() {
        return List.copyOf(guests.values());
    }

    synchronized List<Bridge> bridges() {
        return List.copyOf(bridges);
    }

    synchronized Set<String> pools() {
        return Set.copyOf(pools);
    }

    synchronized SdnState sdn() {
        return sdn.state();
    }

    /** Changes the SDN configuration as someone else would, then applies it. */
    synchronized void editSdn(SdnEdit edit) throws ClusterException {
        edit.on(sdn);
        sdn.apply();
    }

    interface SdnEdit {
        void on(FakeSdn sdn) throws ClusterException;
    }

    /** An active bridge with a physical port, as an administrator set it up. */
    synchronized void addBridge(String node, String name) {
        bridges.add(new Bridge(node, name, true, "trunk to the switch"));
    }

    synchronized int sdnApplies() {
        return sdn.applies;
    }

    synchronized void addGuest(Guest g) {
        guests.put(g.vmid(), g);
    }

    synchronized void edit(int vmid, java.util.function.UnaryOperator<Guest> change) {
        guests.computeIfPresent(vmid, (k, g) -> change.apply(g));
    }

    synchronized void remove(int vmid) {
        guests.remove(vmid);
    }

    int calls(String method) {
        return calls.getOrDefault(method, new AtomicInteger()).get();
    }

    int totalCalls() {
        return calls.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    // ---- Cluster

    @Override
    public synchronized ClusterState read(ReadScope scope) throws ClusterException {
        count("read");
        maybeFail(false);
        List<Guest> out = new ArrayList<>();
        for (Guest g : guests.values()) {
            boolean full = g.template() || scope.selects(g.vmid(), g.tags(), g.pool());
            out.add(full ? g : new Guest(g.ref(), g.name(), g.status(), g.template(), g.lock(), g.tags(), g.pool(), null, null, List.of()));
        }
        return new ClusterState(nodes, out, bridges, pools, sdn.state());
    }

    @Override
    public synchronized Optional<Guest> guest(int vmid) throws ClusterException {
        count("guest");
        maybeFail(false);
        return Optional.ofNullable(guests.get(vmid));
    }

    @Override
    public synchronized boolean isVmidFree(int vmid) throws ClusterException {
        count("isVmidFree");
        maybeFail(false);
        return !guests.containsKey(vmid);
    }

    @Override
    public synchronized void createPool(String pool, String comment) throws ClusterException {
        count("createPool");
        maybeFail(true);
        if (!pools.add(pool)) {
            throw new ClusterException(Failure.ALREADY_EXISTS, "pool '" + pool + "' already exists");
        }
        mutated();
        maybeLoseAnswer();
    }

    @Override
    public synchronized void deletePool(String pool) throws ClusterException {
        count("deletePool");
        maybeFail(true);
        if (guests.values().stream().anyMatch(g -> pool.equals(g.pool()))) {
            throw new ClusterException(Failure.INVALID, "pool '" + pool + "' is not empty");
        }
        pools.remove(pool);
        mutated();
    }

    @Override
    public void createGuest(CreateGuest req, TaskLog log) throws ClusterException {
        String storageKey = req.ref().node() + "/" + req.storage();
        synchronized (this) {
            count("createGuest");
            maybeFail(true);
            if (creating.merge(storageKey, 1, Integer::sum) > 1) {
                creating.merge(storageKey, -1, Integer::sum);
                storageLockCollisions.incrementAndGet();
                throw new ClusterException(Failure.LOCKED, "can't lock file '/var/lock/pve-manager/pve-storage-" + req.storage() + "' - got timeout");
            }
            if (guests.containsKey(req.ref().vmid())) {
                creating.merge(storageKey, -1, Integer::sum);
                throw new ClusterException(Failure.ALREADY_EXISTS, "VM " + req.ref().vmid() + " already exists on node '" + req.ref().node() + "'");
            }
            GuestConfig c;
            if (req.source().kind() == GuestSource.Kind.CLONE) {
                Guest t = guests.get(req.source().templateVmid());
                c = new GuestConfig(t.config().cores(), t.config().memory(), t.config().diskGiB(),
                        List.of(new NicConfig("vmbr0", null, false, "BC:24:11:00:00:01")), null, Set.of(), req.description());
            } else {
                c = new GuestConfig(req.initial().cores(), req.initial().memory(), req.initial().diskGiB(), req.initial().nics(),
                        req.initial().cloudInit(), req.initial().tags(), req.description());
            }
            guests.put(req.ref().vmid(), new Guest(req.ref(), req.name(), PowerState.STOPPED, false, "create",
                    req.source().kind() == GuestSource.Kind.CLONE ? Set.of() : req.initial().tags(), req.pool(), c, List.of(), List.of()));
            mutated();
        }
        log.line("create " + req.ref());
        pause();
        synchronized (this) {
            creating.merge(storageKey, -1, Integer::sum);
            guests.computeIfPresent(req.ref().vmid(), (k, g) -> withLock(g, null));
            mutated();
            maybeLoseAnswer();
        }
        log.line("TASK OK");
    }

    @Override
    public synchronized void configure(GuestRef ref, GuestConfig want, TaskLog log) throws ClusterException {
        count("configure");
        Guest g = existing(ref);
        maybeFail(true);
        GuestConfig c = g.config();
        CloudInit ci = want.cloudInit() == null ? c.cloudInit() : want.cloudInit();
        GuestConfig n = new GuestConfig(or(want.cores(), c.cores()), or(want.memory(), c.memory()), c.diskGiB(),
                want.nics() == null ? c.nics() : want.nics(), ci, want.tags() == null ? c.tags() : want.tags(),
                want.description() == null ? c.description() : want.description());
        guests.put(ref.vmid(), new Guest(g.ref(), g.name(), g.status(), false, null, n.tags(), g.pool(), n, g.firewallRules(), g.addresses()));
        mutated();
        maybeLoseAnswer();
        log.line("update VM " + ref.vmid() + ": memory " + n.memory());
    }

    @Override
    public synchronized void resizeDisk(GuestRef ref, int gib, TaskLog log) throws ClusterException {
        count("resizeDisk");
        Guest g = existing(ref);
        maybeFail(true);
        if (g.config().diskGiB() > gib) {
            throw new ClusterException(Failure.INVALID, "shrinking disks is not supported");
        }
        guests.put(ref.vmid(), withConfig(g, g.config().withDiskGiB(gib)));
        mutated();
        maybeLoseAnswer();
    }

    @Override
    public synchronized void setFirewall(GuestRef ref, List<FirewallRule> rules, TaskLog log) throws ClusterException {
        count("setFirewall");
        Guest g = existing(ref);
        maybeFail(true);
        guests.put(ref.vmid(), new Guest(g.ref(), g.name(), g.status(), false, g.lock(), g.tags(), g.pool(), g.config(), rules, g.addresses()));
        mutated();
    }

    @Override
    public void start(GuestRef ref, TaskLog log) throws ClusterException {
        synchronized (this) {
            count("start");
            Guest g = existing(ref);
            maybeFail(true);
            if (g.status() == PowerState.RUNNING) {
                throw new ClusterException(Failure.TASK_FAILED, "VM " + ref.vmid() + " already running");
            }
            for (NicConfig nic : g.config().nics() == null ? List.<NicConfig>of() : g.config().nics()) {
                boolean bridge = bridges.stream().anyMatch(b -> b.node().equals(ref.node()) && b.name().equals(nic.bridge()) && b.active());
                if (!bridge && !sdn.runningVnet(nic.bridge())) {
                    throw new ClusterException(Failure.TASK_FAILED, "bridge '" + nic.bridge() + "' does not exist");
                }
            }
        }
        pause();
        synchronized (this) {
            Guest g = existing(ref);
            guests.put(ref.vmid(), new Guest(g.ref(), g.name(), PowerState.RUNNING, false, g.lock(), g.tags(), g.pool(), g.config(), g.firewallRules(), addressesOf(g)));
            mutated();
            maybeLoseAnswer();
        }
    }

    @Override
    public synchronized void stop(GuestRef ref, TaskLog log) throws ClusterException {
        count("stop");
        Guest g = existing(ref);
        maybeFail(true);
        guests.put(ref.vmid(), new Guest(g.ref(), g.name(), PowerState.STOPPED, false, g.lock(), g.tags(), g.pool(), g.config(), g.firewallRules(), List.of()));
        mutated();
    }

    @Override
    public synchronized void delete(GuestRef ref, TaskLog log) throws ClusterException {
        count("delete");
        Guest g = existing(ref);
        maybeFail(true);
        if (g.status() == PowerState.RUNNING) {
            throw new ClusterException(Failure.TASK_FAILED, "VM " + ref.vmid() + " is running - destroy failed");
        }
        guests.remove(ref.vmid());
        mutated();
        maybeLoseAnswer();
    }

    @Override
    public List<String> waitReady(GuestRef ref, ReadyCheck check, Duration timeout, TaskLog log) throws ClusterException {
        count("waitReady");
        pause();
        synchronized (this) {
            Guest g = existing(ref);
            if (g.status() != PowerState.RUNNING) {
                throw new ClusterException(Failure.OTHER, ref + " is not running");
            }
            log.line("agent answered");
            return g.addresses();
        }
    }

    @Override
    public synchronized void createBridge(String node, String bridge, String comment, TaskLog log) throws ClusterException {
        count("createBridge");
        maybeFail(true);
        if (bridges.stream().anyMatch(b -> b.node().equals(node) && b.name().equals(bridge))) {
            throw new ClusterException(Failure.ALREADY_EXISTS, "interface '" + bridge + "' already exists");
        }
        bridges.add(new Bridge(node, bridge, false, comment));
        mutated();
        maybeLoseAnswer();
    }

    @Override
    public synchronized void deleteBridge(String node, String bridge, TaskLog log) throws ClusterException {
        count("deleteBridge");
        maybeFail(true);
        bridges.removeIf(b -> b.node().equals(node) && b.name().equals(bridge));
        mutated();
    }

    @Override
    public synchronized void applyNetwork(String node, TaskLog log) throws ClusterException {
        count("applyNetwork");
        maybeFail(true);
        bridges.replaceAll(b -> b.node().equals(node) ? new Bridge(b.node(), b.name(), true, b.comment()) : b);
        mutated();
    }

    // ---- internals

    private Guest existing(GuestRef ref) throws ClusterException {
        Guest g = guests.get(ref.vmid());
        if (g == null) {
            throw new ClusterException(Failure.NOT_FOUND, "Configuration file 'nodes/" + ref.node() + "/qemu-server/" + ref.vmid() + ".conf' does not exist");
        }
        return g;
    }

    private static List<String> addressesOf(Guest g) {
        if (g.config() == null || g.config().cloudInit() == null) {
            return List.of("192.168.1." + (g.vmid() % 200 + 20));
        }
        List<String> out = new ArrayList<>();
        for (IpConfig ip : g.config().cloudInit().ipconfigs()) {
            out.add(ip.isDhcp() ? "192.168.1." + (g.vmid() % 200 + 20) : ip.host());
        }
        return out;
    }

    private static Guest withConfig(Guest g, GuestConfig c) {
        return new Guest(g.ref(), g.name(), g.status(), false, g.lock(), g.tags(), g.pool(), c, g.firewallRules(), g.addresses());
    }

    private static Guest withLock(Guest g, String lock) {
        return new Guest(g.ref(), g.name(), g.status(), false, lock, g.tags(), g.pool(), g.config(), g.firewallRules(), g.addresses());
    }

    private static <T> T or(T a, T b) {
        return a != null ? a : b;
    }

    private void count(String method) {
        calls.computeIfAbsent(method, k -> new AtomicInteger()).incrementAndGet();
    }

    private void mutated() {
        afterMutation.accept(this);
    }

    /** Fails before doing anything. */
    private void maybeFail(boolean mutating) throws ClusterException {
        double r = random.nextDouble();
        if (r < transientRate / 2) {
            throw new ClusterException(Failure.TRANSIENT, "596 Connection timed out");
        }
        if (mutating && r < transientRate / 2 + lockRate) {
            throw new ClusterException(Failure.LOCKED, "can't lock file '/var/lock/qemu-server/lock-1.conf' - got timeout");
        }
        if (mutating && r < transientRate / 2 + lockRate + taskFailRate) {
            throw new ClusterException(Failure.TASK_FAILED, "command 'qm' failed: got signal 9");
        }
    }

    /** The work was done but the answer is lost on the way back. */
    private void maybeLoseAnswer() throws ClusterException {
        if (random.nextDouble() < transientRate / 2) {
            throw new ClusterException(Failure.TRANSIENT, "599 Too many redirections (connection closed)");
        }
    }

    private void pause() {
        if (latencyMillis > 0) {
            try {
                Thread.sleep(latencyMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // ---- SDN

    @Override
    public synchronized void createSdnZone(SdnZone zone, TaskLog log) throws ClusterException {
        count("createSdnZone");
        maybeFail(true);
        sdn.createZone(zone);
        mutated();
        maybeLoseAnswer();
    }

    @Override
    public synchronized void createSdnVnet(SdnVnet vnet, TaskLog log) throws ClusterException {
        count("createSdnVnet");
        maybeFail(true);
        sdn.createVnet(vnet);
        mutated();
        maybeLoseAnswer();
    }

    @Override
    public synchronized void createSdnSubnet(SdnSubnet subnet, TaskLog log) throws ClusterException {
        count("createSdnSubnet");
        maybeFail(true);
        sdn.createSubnet(subnet);
        mutated();
        maybeLoseAnswer();
    }

    @Override
    public synchronized void updateSdnZone(SdnZone zone, TaskLog log) throws ClusterException {
        count("updateSdnZone");
        maybeFail(true);
        sdn.updateZone(zone);
        mutated();
    }

    @Override
    public synchronized void updateSdnVnet(SdnVnet vnet, TaskLog log) throws ClusterException {
        count("updateSdnVnet");
        maybeFail(true);
        sdn.updateVnet(vnet);
        mutated();
    }

    @Override
    public synchronized void updateSdnSubnet(SdnSubnet subnet, TaskLog log) throws ClusterException {
        count("updateSdnSubnet");
        maybeFail(true);
        sdn.updateSubnet(subnet);
        mutated();
    }

    @Override
    public synchronized void deleteSdnSubnet(String vnet, String subnetId, TaskLog log) throws ClusterException {
        count("deleteSdnSubnet");
        maybeFail(true);
        sdn.deleteSubnet(subnetId);
        mutated();
    }

    @Override
    public synchronized void deleteSdnVnet(String vnet, TaskLog log) throws ClusterException {
        count("deleteSdnVnet");
        maybeFail(true);
        sdn.deleteVnet(vnet);
        mutated();
    }

    @Override
    public synchronized void deleteSdnZone(String zone, TaskLog log) throws ClusterException {
        count("deleteSdnZone");
        maybeFail(true);
        sdn.deleteZone(zone);
        mutated();
    }

    @Override
    public synchronized void applySdn(TaskLog log) throws ClusterException {
        count("applySdn");
        maybeFail(true);
        sdn.apply();
        mutated();
    }
}
