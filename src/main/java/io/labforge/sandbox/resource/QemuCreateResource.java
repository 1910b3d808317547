package io.labforge.sandbox.resource;

import io.labforge.sandbox.state.Guest;
import io.labforge.sandbox.state.GuestType;
import io.labforge.sandbox.state.SimState;
import io.labforge.sandbox.task.LatencyModel;

import java.util.Map;
import java.util.Set;

/** {@code POST /nodes/{node}/qemu}: create a VM; the VMID is claimed at once with {@code lock: create}. */
final class QemuCreateResource {

    private static final Set<String> CONTROL = Set.of("node", "vmid", "pool", "start", "archive", "force", "unique",
            "live-restore", "storage", "bwlimit", "ha-managed");

    private QemuCreateResource() {
    }

    static void register(Routes routes, Sim sim) {
        routes.on("POST", "/nodes/{node}/qemu", call -> create(sim, call));
    }

    private static String create(Sim sim, ApiCall call) {
        SimState state = sim.state();
        int vmid = call.vmid();
        String node = call.node();
        String pool = call.opt("pool").orElse(null);
        Map<String, String> opts = GuestSupport.options(call, CONTROL);
        opts.keySet().stream().filter(k -> Set.of("args", "arch", "hookscript").contains(k)).findFirst().ifPresent(k -> {
            throw ApiException.fail("only root can set '" + k + "' config");
        });
        Guest g = new Guest(GuestType.QEMU, vmid, node);
        java.util.List<String> disks = state.read(() -> {
            state.node(node);
            GuestSupport.requireFree(state, vmid, node);
            GuestSupport.checkPool(state, pool);
            opts.replaceAll((k, v) -> k.matches("net\\d+") ? GuestSupport.qemuNic(state, v) : v);
            java.util.List<String> allocated = GuestSupport.allocateDisks(state, g, opts);
            g.config().putAll(opts);
            g.config().putIfAbsent("smbios1", "uuid=" + java.util.UUID.nameUUIDFromBytes(("vm" + vmid).getBytes()));
            g.lock("create");
            state.guests().put(vmid, g);
            GuestSupport.joinPool(state, g, pool);
            state.countCreate(opts.getOrDefault("name", "VM " + vmid));
            return allocated;
        });
        boolean start = call.flag("start");
        return sim.tasks().submit(node, "qmcreate", String.valueOf(vmid), call.identity().display(), ctx -> {
            try {
                for (String storage : disks) {
                    ctx.log("  Logical volume on " + storage + " created.");
                    StorageWork.run(sim, ctx, node, storage, 1.0, "unable to create VM " + vmid + " - ");
                }
                ctx.work(LatencyModel.seconds("qmcreate"));
            } catch (RuntimeException | InterruptedException e) {
                state.write(() -> {
                    GuestSupport.leavePool(state, g);
                    state.guests().remove(vmid, g);
                });
                throw e;
            }
            state.write(() -> g.lock(null));
            if (start) {
                ctx.log("starting VM " + vmid);
                PowerResource.bootNow(sim, g, ctx);
            }
        }).upid().toString();
    }
}
