package io.labforge.sandbox.resource;

import io.labforge.sandbox.state.DiskSpec;
import io.labforge.sandbox.state.Guest;
import io.labforge.sandbox.state.GuestType;
import io.labforge.sandbox.state.SimState;
import io.labforge.sandbox.task.LatencyModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Guest lists, destroy, convert-to-template and the clone feature check. */
final class GuestResource {

    private GuestResource() {
    }

    static void register(Routes routes, Sim sim) {
        for (GuestType type : GuestType.values()) {
            String base = "/nodes/{node}/" + type.path();
            routes.on("GET", base, call -> sim.state().read(() -> list(sim, type, call.node())));
            routes.on("GET", base + "/{vmid}", call -> {
                GuestSupport.guest(sim, type, call);
                return List.of(Map.of("subdir", "config"), Map.of("subdir", "status"), Map.of("subdir", "pending"));
            });
            routes.on("DELETE", base + "/{vmid}", call -> destroy(sim, type, call));
            routes.on("POST", base + "/{vmid}/template", call -> template(sim, type, call));
        }
        routes.on("GET", "/nodes/{node}/qemu/{vmid}/feature", call -> sim.state().read(() -> {
            Guest g = sim.state().guest(GuestType.QEMU, call.node(), call.vmid());
            boolean clone = !call.str("feature").equals("clone") || g.template();
            return Map.of("hasFeature", clone ? 1 : 0, "nodes", List.of(g.node()));
        }));
    }

    private static List<Map<String, Object>> list(Sim sim, GuestType type, String node) {
        sim.state().node(node);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Guest g : sim.state().guests().values()) {
            if (g.type() == type && g.node().equals(node) && sim.acl().has(g.acl(), "VM.Audit")) {
                out.add(GuestViews.listEntry(g));
            }
        }
        return out;
    }

    private static String destroy(Sim sim, GuestType type, ApiCall call) {
        SimState state = sim.state();
        if (call.has("skiplock")) {
            throw ApiException.fail("Only root may use this option.");
        }
        Guest g = state.read(() -> {
            Guest guest = state.guest(type, call.node(), call.vmid());
            GuestSupport.checkUnlocked(guest);
            if (guest.running() && !(type == GuestType.LXC && call.flag("force"))) {
                throw ApiException.fail(type.label() + " " + guest.vmid() + " is running - destroy failed");
            }
            if ("1".equals(guest.config().get("protection"))) {
                throw ApiException.fail("can't remove " + type.label() + " " + guest.vmid() + " - protection mode enabled");
            }
            guest.lock("destroyed");
            return guest;
        });
        return sim.tasks().submit(g.node(), type.task("destroy"), String.valueOf(g.vmid()), call.identity().display(), ctx -> {
            try {
                ctx.work(LatencyModel.seconds(type.task("destroy")));
            } catch (RuntimeException | InterruptedException e) {
                state.write(() -> g.lock(null));
                throw e;
            }
            state.write(() -> {
                g.stop();
                GuestSupport.leavePool(state, g);
                state.firewall().removeScope("vm/" + g.vmid());
                state.guests().remove(g.vmid(), g);
            });
            ctx.log("  Logical volume \"vm-" + g.vmid() + "-disk-0\" successfully removed.");
        }).upid().toString();
    }

    private static String template(Sim sim, GuestType type, ApiCall call) {
        SimState state = sim.state();
        Guest g = state.read(() -> {
            Guest guest = state.guest(type, call.node(), call.vmid());
            GuestSupport.checkUnlocked(guest);
            if (guest.running()) {
                throw ApiException.fail("you can't convert a running VM to a template");
            }
            return guest;
        });
        return sim.tasks().submit(g.node(), type.task("template"), String.valueOf(g.vmid()), call.identity().display(), ctx -> {
            ctx.work(LatencyModel.seconds("qmtemplate"));
            state.write(() -> {
                g.config().replaceAll((k, v) -> DiskSpec.isDiskKey(k) ? v.replace(":vm-" + g.vmid() + "-disk", ":base-" + g.vmid() + "-disk") : v);
                g.config().put("template", "1");
            });
        }).upid().toString();
    }
}
