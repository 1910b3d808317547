package io.labforge.sandbox.state;

import io.labforge.sandbox.resource.ApiException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The whole simulated cluster. One lock guards every mutable object in it; callers hold it only for short,
 * non-blocking sections ({@link #read}/{@link #write}) and never while waiting on a {@link FileLock} or sleeping.
 */
public final class SimState {

    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, SimNode> nodes = new LinkedHashMap<>();
    private final Map<String, SimStorage> storages = new LinkedHashMap<>();
    private final Map<String, NodeNetwork> networks = new LinkedHashMap<>();
    private final TreeMap<Integer, Guest> guests = new TreeMap<>();
    private final Map<String, Pool> pools = new TreeMap<>();
    private final SdnConfig sdn = new SdnConfig();
    private final FirewallConfig firewall = new FirewallConfig();
    private final Map<String, Integer> createCalls = new ConcurrentHashMap<>();
    private final Map<String, Integer> cloneCalls = new ConcurrentHashMap<>();
    private final Random macs;

    public SimState(long seed) {
        this.macs = new Random(seed ^ 0x5EEDL);
    }

    public <T> T read(Supplier<T> body) {
        lock.lock();
        try {
            return body.get();
        } finally {
            lock.unlock();
        }
    }

    public void write(Runnable body) {
        read(() -> {
            body.run();
            return null;
        });
    }

    public Map<String, SimNode> nodes() {
        return nodes;
    }

    public SimNode node(String name) {
        SimNode node = nodes.get(name);
        if (node == null) {
            throw ApiException.fail("no such cluster node '" + name + "'");
        }
        return node;
    }

    public Map<String, SimStorage> storages() {
        return storages;
    }

    public SimStorage storage(String id) {
        SimStorage storage = storages.get(id);
        if (storage == null) {
            throw ApiException.fail("storage '" + id + "' does not exist");
        }
        return storage;
    }

    public NodeNetwork network(String node) {
        return networks.computeIfAbsent(node, n -> new NodeNetwork());
    }

    public TreeMap<Integer, Guest> guests() {
        return guests;
    }

    /** The guest of that type on that node, or PVE's 500 "Configuration file ... does not exist". */
    public Guest guest(GuestType type, String node, int vmid) {
        node(node);
        Guest g = guests.get(vmid);
        if (g == null || g.type() != type || !g.node().equals(node)) {
            throw ApiException.noConfig(node, type.configDir(), vmid);
        }
        return g;
    }

    public Map<String, Pool> pools() {
        return pools;
    }

    public SdnConfig sdn() {
        return sdn;
    }

    public FirewallConfig firewall() {
        return firewall;
    }

    /** Lowest free VMID ≥ 100; reserves nothing (PITFALLS #3). */
    public int nextFreeVmid() {
        int id = 100;
        while (guests.containsKey(id)) {
            id++;
        }
        return id;
    }

    /** A new MAC with PVE's OUI BC:24:11, unique within the cluster. */
    public String newMac() {
        while (true) {
            String mac = String.format(Locale.ROOT, "BC:24:11:%02X:%02X:%02X", macs.nextInt(256), macs.nextInt(256), macs.nextInt(256));
            boolean used = guests.values().stream().flatMap(g -> g.effectiveConfig().values().stream())
                    .anyMatch(v -> v.toUpperCase(Locale.ROOT).contains(mac));
            if (!used) {
                return mac;
            }
        }
    }

    public void countCreate(String name) {
        createCalls.merge(name, 1, Integer::sum);
    }

    public void countClone(String name) {
        cloneCalls.merge(name, 1, Integer::sum);
    }

    public Map<String, Integer> createCalls() {
        return Map.copyOf(createCalls);
    }

    public Map<String, Integer> cloneCalls() {
        return Map.copyOf(cloneCalls);
    }

    /** Disks of guests on a storage (all nodes), as content entries (derived from configs). */
    public List<Volume> disks(String storage) {
        return disks(storage, null);
    }

    /** Disks of guests on a node-local storage of {@code node} (null: every node). */
    public List<Volume> disks(String storage, String node) {
        List<Volume> out = new ArrayList<>();
        for (Guest g : guests.values()) {
            if (node != null && !g.node().equals(node)) {
                continue;
            }
            for (Map.Entry<String, String> e : g.config().entrySet()) {
                if (!DiskSpec.isDiskKey(e.getKey())) {
                    continue;
                }
                String file = DiskSpec.file(e.getValue());
                if (file.startsWith(storage + ":") && !file.contains(":iso/")) {
                    String content = g.type() == GuestType.LXC ? "rootdir" : "images";
                    out.add(new Volume(file, content, "raw", DiskSpec.sizeBytes(e.getValue()), g.vmid()));
                }
            }
        }
        return out;
    }
}
