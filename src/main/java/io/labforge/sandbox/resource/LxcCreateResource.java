package io.labforge.sandbox.resource;

import io.labforge.sandbox.state.Guest;
import io.labforge.sandbox.state.GuestType;
import io.labforge.sandbox.state.SimState;
import io.labforge.sandbox.task.LatencyModel;

import java.util.Map;
import java.util.Set;

/**
 * {@code POST /nodes/{node}/lxc}: unprivileged by default; rootfs defaults to storage {@code local}, which has no
 * {@code rootdir} content here (as on many hosts), so callers must pass it; only {@code nesting} may be set by a token.
 */
final class LxcCreateResource {

    private static final Set<String> CONTROL = Set.of("node", "vmid", "pool", "start", "ostemplate", "force", "unique",
            "restore", "storage", "bwlimit", "ignore-unpack-errors", "password", "ssh-public-keys", "ha-managed");

    private LxcCreateResource() {
    }

    static void register(Routes routes, Sim sim) {
        routes.on("POST", "/nodes/{node}/lxc", call -> create(sim, call));
    }

    private static String create(Sim sim, ApiCall call) {
        SimState state = sim.state();
        int vmid = call.vmid();
        String node = call.node();
        String pool = call.opt("pool").orElse(null);
        Map<String, String> opts = GuestSupport.options(call, CONTROL);
        opts.putIfAbsent("rootfs", call.opt("storage").orElse("local") + ":4");
        opts.putIfAbsent("unprivileged", "1");
        opts.putIfAbsent("memory", "512");
        opts.putIfAbsent("swap", "512");
        opts.putIfAbsent("ostype", call.str("ostemplate").contains("alpine") ? "alpine" : "debian");
        opts.putIfAbsent("arch", "amd64");
        if (opts.get("unprivileged").equals("0") && !sim.acl().has("/", "Sys.Modify")) {
            throw ApiException.forbidden("/", "Sys.Modify");
        }
        String features = opts.getOrDefault("features", "");
        for (String f : features.split(",")) {
            if (!f.isEmpty() && !f.startsWith("nesting=")) {
                throw new ApiException(403, "Permission check failed (changing feature flags (except nesting) is only allowed for root@pam)", Map.of());
            }
        }
        Guest g = new Guest(GuestType.LXC, vmid, node);
        java.util.List<String> disks = state.read(() -> {
            state.node(node);
            GuestSupport.requireFree(state, vmid, node);
            GuestSupport.checkPool(state, pool);
            String template = call.str("ostemplate");
            String storage = template.substring(0, template.indexOf(':'));
            if (state.storage(storage).files().stream().noneMatch(v -> v.volid().equals(template))) {
                throw ApiException.fail("volume '" + template + "' does not exist");
            }
            opts.replaceAll((k, v) -> k.matches("net\\d+") ? GuestSupport.lxcNic(state, v) : v);
            java.util.List<String> allocated = GuestSupport.allocateDisks(state, g, opts);
            g.config().putAll(opts);
            g.lock("create");
            state.guests().put(vmid, g);
            GuestSupport.joinPool(state, g, pool);
            state.countCreate(opts.getOrDefault("hostname", "CT" + vmid));
            return allocated;
        });
        boolean start = call.flag("start");
        return sim.tasks().submit(node, "vzcreate", String.valueOf(vmid), call.identity().display(), ctx -> {
            try {
                for (String storage : disks) {
                    StorageWork.run(sim, ctx, node, storage, 1.0, "unable to create CT " + vmid + " - ");
                }
                ctx.log("extracting archive '" + call.str("ostemplate") + "'");
                ctx.work(LatencyModel.seconds("vzcreate"));
            } catch (RuntimeException | InterruptedException e) {
                state.write(() -> {
                    GuestSupport.leavePool(state, g);
                    state.guests().remove(vmid, g);
                });
                throw e;
            }
            state.write(() -> g.lock(null));
            if (start) {
                PowerResource.bootNow(sim, g, ctx);
            }
        }).upid().toString();
    }
}
