package io.labforge.sandbox.resource;

import io.labforge.sandbox.state.DiskSpec;
import io.labforge.sandbox.state.Guest;
import io.labforge.sandbox.state.GuestType;
import io.labforge.sandbox.state.SimState;
import io.labforge.sandbox.task.LatencyModel;
import io.labforge.sandbox.task.TaskFailure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Guest configuration: GET (pending applied, or {@code current=1}), POST (async, a qmconfig task) and PUT (sync),
 * {@code pending}, and {@code resize}. Updates take the guest's lock file (10 s), refuse locked guests, keep MACs
 * that are given and generate missing ones, and park non-hot-pluggable changes of running guests in pending.
 */
final class ConfigResource {

    private static final Set<String> CONTROL = Set.of("node", "vmid", "delete", "revert", "digest", "skiplock", "background_delay");
    private static final Set<String> ROOT_ONLY = Set.of("args", "arch", "hookscript", "lock");

    private ConfigResource() {
    }

    static void register(Routes routes, Sim sim) {
        for (GuestType type : GuestType.values()) {
            String base = "/nodes/{node}/" + type.path() + "/{vmid}";
            routes.on("GET", base + "/config", call -> sim.state().read(() -> read(sim, type, call)));
            routes.on("PUT", base + "/config", call -> {
                check(sim, type, call);
                update(sim, type, call);
                return null;
            });
            if (type == GuestType.QEMU) {
                routes.on("POST", base + "/config", call -> {
                    check(sim, type, call);
                    return sim.tasks().submit(call.node(), "qmconfig", String.valueOf(call.vmid()), call.identity().display(), ctx -> {
                        ctx.work(LatencyModel.seconds("qmconfig"));
                        try {
                            update(sim, type, call);
                        } catch (ApiException e) {
                            throw new TaskFailure(e.getMessage());
                        }
                    }).upid().toString();
                });
            }
            routes.on("GET", base + "/pending", call -> sim.state().read(() -> pending(sim.state().guest(type, call.node(), call.vmid()))));
            routes.on("PUT", base + "/resize", call -> resize(sim, type, call));
        }
    }

    private static Map<String, Object> read(Sim sim, GuestType type, ApiCall call) {
        Guest g = sim.state().guest(type, call.node(), call.vmid());
        Map<String, String> config = call.flag("current") ? g.config() : g.effectiveConfig();
        Map<String, Object> out = ConfigValues.typed(call.endpoint().info().path("returns"), config);
        out.put("digest", ConfigValues.digest(g.config()));
        return out;
    }

    private static List<Map<String, Object>> pending(Guest g) {
        List<Map<String, Object>> out = new ArrayList<>();
        java.util.Set<String> keys = new java.util.TreeSet<>(g.config().keySet());
        keys.addAll(g.pending().keySet());
        keys.addAll(g.pendingDelete());
        for (String k : keys) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", k);
            if (g.config().containsKey(k)) {
                m.put("value", g.config().get(k));
            }
            if (g.pending().containsKey(k)) {
                m.put("pending", g.pending().get(k));
            }
            if (g.pendingDelete().contains(k)) {
                m.put("delete", 1);
            }
            out.add(m);
        }
        return out;
    }

    /** Synchronous checks before any work: existence, root-only options, per-option privileges. */
    private static void check(Sim sim, GuestType type, ApiCall call) {
        Guest g = GuestSupport.guest(sim, type, call);
        if (call.has("skiplock")) {
            throw ApiException.fail("Only root may use this option.");
        }
        List<String> keys = new ArrayList<>(GuestSupport.options(call, CONTROL).keySet());
        call.opt("delete").ifPresent(d -> keys.addAll(List.of(d.split("[,;\\s]+"))));
        for (String key : keys) {
            if (ROOT_ONLY.contains(key)) {
                throw ApiException.fail("only root can set '" + key + "' config");
            }
            String privilege = ConfigValues.privilege(type, key);
            if (!sim.acl().has(g.acl(), privilege)) {
                throw ApiException.forbidden(g.acl(), privilege);
            }
        }
    }

    private static void update(Sim sim, GuestType type, ApiCall call) {
        SimState state = sim.state();
        Guest g = GuestSupport.guest(sim, type, call);
        GuestSupport.lockFile(g.fileLock(), true, LatencyModel.CONFIG_LOCK_TIMEOUT, sim.clock());
        try {
            List<String> disks = state.read(() -> apply(state, g, call));
            for (String storage : disks) {
                if (!sim.slots().acquire(g.node(), storage, sim.clock().millis(LatencyModel.STORAGE_LOCK_TIMEOUT))) {
                    throw ApiException.fail("can't lock file '/var/lock/pve-manager/pve-storage-" + storage + "' - got timeout");
                }
                try {
                    sim.clock().sleep(LatencyModel.SYNC_DISK_ALLOCATION);
                } finally {
                    sim.slots().release(g.node(), storage);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.fail("interrupted");
        } finally {
            g.fileLock().release(true);
        }
    }

    private static List<String> apply(SimState state, Guest g, ApiCall call) {
        GuestSupport.checkUnlocked(g);
        if (call.opt("digest").filter(d -> !d.equals(ConfigValues.digest(g.config()))).isPresent()) {
            throw ApiException.fail("detected modified configuration - file changed by other user? Try again.");
        }
        call.opt("revert").ifPresent(r -> {
            for (String key : r.split("[,;\\s]+")) {
                g.pending().remove(key);
                g.pendingDelete().remove(key);
            }
        });
        Map<String, String> opts = GuestSupport.options(call, CONTROL);
        opts.replaceAll((k, v) -> !k.matches("net\\d+") ? v
                : g.type() == GuestType.QEMU ? GuestSupport.qemuNic(state, v) : GuestSupport.lxcNic(state, v));
        List<String> disks = GuestSupport.allocateDisks(state, g, opts);
        opts.forEach((k, v) -> {
            if (g.running() && !ConfigValues.hotpluggable(g.type(), k, g.config().containsKey(k))) {
                g.pending().put(k, v);
                g.pendingDelete().remove(k);
            } else {
                g.config().put(k, v);
                g.pending().remove(k);
            }
        });
        call.opt("delete").ifPresent(d -> {
            for (String key : d.split("[,;\\s]+")) {
                if (g.running() && !ConfigValues.hotpluggable(g.type(), key, true)) {
                    g.pendingDelete().add(key);
                } else {
                    String old = g.config().remove(key);
                    if (old != null && DiskSpec.isDiskKey(key) && !old.contains("media=cdrom") && !key.startsWith("unused")) {
                        g.config().put(unusedKey(g), DiskSpec.file(old)); // detached disks become unusedN, as on PVE
                    }
                }
            }
        });
        return disks;
    }

    private static String unusedKey(Guest g) {
        int n = 0;
        while (g.config().containsKey("unused" + n)) {
            n++;
        }
        return "unused" + n;
    }

    private static String resize(Sim sim, GuestType type, ApiCall call) {
        Guest g = GuestSupport.guest(sim, type, call);
        String disk = call.str("disk");
        String size = call.str("size");
        long current = sim.state().read(() -> {
            GuestSupport.checkUnlocked(g);
            String spec = g.effectiveConfig().get(disk);
            if (spec == null || !DiskSpec.isDiskKey(disk)) {
                throw ApiException.fail("disk '" + disk + "' does not exist");
            }
            return DiskSpec.sizeBytes(spec);
        });
        long wanted = size.startsWith("+") ? current + DiskSpec.sizeBytes("size=" + size.substring(1))
                : DiskSpec.sizeBytes("size=" + size);
        if (!size.matches("\\+?\\d+(\\.\\d+)?[KMGT]?")) {
            throw ApiException.param("size", "value does not match the regex pattern");
        }
        return sim.tasks().submit(g.node(), "resize", String.valueOf(g.vmid()), call.identity().display(), ctx -> {
            GuestSupport.lockFile(g.fileLock(), true, LatencyModel.CONFIG_LOCK_TIMEOUT, sim.clock());
            try {
                if (wanted < current) {
                    throw new TaskFailure("shrinking disks is not supported");
                }
                ctx.work(LatencyModel.seconds("resize"));
                sim.state().write(() -> {
                    g.config().computeIfPresent(disk, (k, v) -> DiskSpec.withSize(v, wanted));
                    g.pending().computeIfPresent(disk, (k, v) -> DiskSpec.withSize(v, wanted));
                });
            } finally {
                g.fileLock().release(true);
            }
        }).upid().toString();
    }
}
