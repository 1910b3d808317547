package io.labforge.sandbox.resource;

import io.labforge.sandbox.state.DiskSpec;
import io.labforge.sandbox.state.Guest;
import io.labforge.sandbox.state.GuestType;
import io.labforge.sandbox.state.SimState;
import io.labforge.sandbox.task.LatencyModel;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /nodes/{node}/qemu|lxc/{vmid}/clone} as qemu-server's clone_vm does it: source and target lock files
 * taken with a 1 s timeout (shared on a stopped source), a placeholder target config with {@code lock: clone},
 * the copy in a worker under the storage lock, new MACs, and the target removed again if the copy fails.
 */
final class CloneResource {

    private CloneResource() {
    }

    static void register(Routes routes, Sim sim) {
        for (GuestType type : GuestType.values()) {
            routes.on("POST", "/nodes/{node}/" + type.path() + "/{vmid}/clone", call -> clone(sim, type, call));
        }
    }

    private record Plan(Guest source, Guest target, boolean full, String storage, boolean sourceExclusive) {
    }

    private static String clone(Sim sim, GuestType type, ApiCall call) {
        SimState state = sim.state();
        String node = call.node();
        int newid = call.integer("newid");
        String pool = call.opt("pool").orElse(null);
        Plan plan = state.read(() -> plan(state, type, call, newid, pool));
        Guest source = plan.source();
        Guest target = plan.target();
        GuestSupport.lockFile(source.fileLock(), plan.sourceExclusive(), LatencyModel.CLONE_CONFIG_LOCK_TIMEOUT, sim.clock());
        try {
            GuestSupport.lockFile(target.fileLock(), true, LatencyModel.CLONE_CONFIG_LOCK_TIMEOUT, sim.clock());
        } catch (ApiException e) {
            source.fileLock().release(plan.sourceExclusive());
            throw e;
        }
        String name = call.opt(type == GuestType.QEMU ? "name" : "hostname").orElse(null);
        try {
            state.write(() -> {
                GuestSupport.checkUnlocked(source);
                GuestSupport.requireFree(state, newid, node);
                target.lock("clone");
                state.guests().put(newid, target);
                state.countClone(name != null ? name : "copy-of-" + source.name());
            });
        } catch (ApiException e) {
            target.fileLock().release(true);
            source.fileLock().release(plan.sourceExclusive());
            throw e;
        }
        String task = type.task("clone");
        return sim.tasks().submit(node, task, String.valueOf(source.vmid()), call.identity().display(), ctx -> {
            try {
                ctx.log("create " + (plan.full() ? "full" : "linked") + " clone of drive (" + plan.storage() + ")");
                double seconds = LatencyModel.seconds(task + (plan.full() ? "-full" : "-linked"));
                // a full clone copies under the storage lock; a linked clone only allocates its snapshot volume there
                double locked = plan.full() ? seconds : LatencyModel.LINKED_CLONE_ALLOCATION;
                StorageWork.run(sim, ctx, node, plan.storage(), locked, "clone failed: ");
                ctx.work(seconds - locked);
                state.write(() -> finish(state, plan, name, call, pool));
            } catch (RuntimeException | InterruptedException e) {
                state.write(() -> state.guests().remove(newid, target));
                throw e;
            } finally {
                target.fileLock().release(true);
                source.fileLock().release(plan.sourceExclusive());
            }
        }).upid().toString();
    }

    private static Plan plan(SimState state, GuestType type, ApiCall call, int newid, String pool) {
        Guest source = state.guest(type, call.node(), call.vmid());
        boolean full = call.has("full") ? call.flag("full") : !source.template();
        String disk = type == GuestType.QEMU ? firstDisk(source) : "rootfs";
        String diskStorage = disk == null ? "local-lvm" : DiskSpec.file(source.config().get(disk)).split(":")[0];
        String storage = call.opt("storage").orElse(diskStorage);
        if (!full && call.has("storage")) {
            throw ApiException.fail("parameter 'storage' not allowed for linked clones");
        }
        if (!full && (!source.template() || !state.storage(diskStorage).linkedClones())) {
            throw ApiException.fail("Linked clone feature is not supported for drive '" + disk + "'");
        }
        call.opt("target").filter(t -> !t.equals(call.node())).ifPresent(t -> {
            state.node(t);
            throw ApiException.fail("can't clone VM to node '" + t + "' (VM uses local storage)");
        });
        if (!state.storage(storage).supports(type == GuestType.QEMU ? "images" : "rootdir")) {
            throw ApiException.fail("storage '" + storage + "' does not support content-type '"
                    + (type == GuestType.QEMU ? "images" : "rootdir") + "'");
        }
        GuestSupport.requireFree(state, newid, call.node());
        GuestSupport.checkPool(state, pool);
        return new Plan(source, new Guest(type, newid, call.node()), full, storage, source.running());
    }

    private static String firstDisk(Guest g) {
        for (String key : g.config().keySet()) {
            if (DiskSpec.isDiskKey(key) && !g.config().get(key).contains("media=cdrom") && !key.startsWith("unused")) {
                return key;
            }
        }
        return null;
    }

    private static void finish(SimState state, Plan plan, String name, ApiCall call, String pool) {
        Guest source = plan.source();
        Guest target = plan.target();
        int newid = target.vmid();
        Map<String, String> config = new LinkedHashMap<>(source.config());
        config.remove("template");
        config.remove("lock");
        int disk = 0;
        for (Map.Entry<String, String> e : config.entrySet()) {
            String key = e.getKey();
            String value = e.getValue();
            if (key.matches("net\\d+")) {
                e.setValue(source.type() == GuestType.QEMU
                        ? GuestSupport.qemuNic(state, value.replaceAll("=[0-9A-Fa-f:]{17}", ""))
                        : GuestSupport.lxcNic(state, value.replaceAll(",?hwaddr=[0-9A-Fa-f:]{17}", "")));
            } else if (DiskSpec.isDiskKey(key) && DiskSpec.file(value).endsWith("-cloudinit")) {
                e.setValue(DiskSpec.file(value).split(":")[0] + ":vm-" + newid + "-cloudinit,media=cdrom");
            } else if (DiskSpec.isDiskKey(key) && !value.contains("media=cdrom")) {
                String file = DiskSpec.file(value);
                String volume = "vm-" + newid + "-disk-" + disk++;
                String newFile = plan.full() ? plan.storage() + ":" + volume : file + "/" + volume;
                e.setValue(newFile + DiskSpec.options(value));
            }
        }
        if (name != null) {
            config.put(source.type() == GuestType.QEMU ? "name" : "hostname", name);
        }
        call.opt("description").ifPresent(d -> config.put("description", d));
        config.put("smbios1", "uuid=" + java.util.UUID.nameUUIDFromBytes(("vm" + newid).getBytes()));
        target.config().clear();
        target.config().putAll(config);
        target.agentSoftware(source.agentSoftware());
        if (pool != null && state.pools().containsKey(pool)) {
            GuestSupport.joinPool(state, target, pool);
        }
    }
}
