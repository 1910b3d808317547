package io.labforge.sandbox.resource;

import io.labforge.sandbox.state.DiskSpec;
import io.labforge.sandbox.state.Guest;
import io.labforge.sandbox.state.GuestType;
import io.labforge.sandbox.state.SimState;
import io.labforge.sandbox.task.LatencyModel;
import io.labforge.sandbox.task.TaskContext;
import io.labforge.sandbox.task.TaskFailure;

import java.time.Instant;
import java.util.Map;

/**
 * {@code .../status/current} and the power actions. "Start OK" means the process runs: the guest agent answers
 * only {@link LatencyModel#AGENT_READY} seconds later (much later on a first boot with a package upgrade).
 */
final class PowerResource {

    private PowerResource() {
    }

    static void register(Routes routes, Sim sim) {
        for (GuestType type : GuestType.values()) {
            String base = "/nodes/{node}/" + type.path() + "/{vmid}/status";
            routes.on("GET", base, call -> java.util.List.of(Map.of("subdir", "current"), Map.of("subdir", "start")));
            routes.on("GET", base + "/current", call -> sim.state().read(() ->
                    GuestViews.current(sim.state().guest(type, call.node(), call.vmid()))));
            routes.on("POST", base + "/start", call -> start(sim, type, call));
            routes.on("POST", base + "/stop", call -> stop(sim, type, call, "stop"));
            routes.on("POST", base + "/shutdown", call -> stop(sim, type, call, "shutdown"));
            routes.on("POST", base + "/reboot", call -> reboot(sim, type, call));
            if (type == GuestType.QEMU) {
                for (String action : new String[] {"reset", "suspend", "resume"}) {
                    routes.on("POST", base + "/" + action, call -> simple(sim, type, call, action));
                }
            }
        }
    }

    private static Guest checked(Sim sim, GuestType type, ApiCall call) {
        return sim.state().read(() -> {
            Guest g = sim.state().guest(type, call.node(), call.vmid());
            GuestSupport.checkUnlocked(g);
            return g;
        });
    }

    private static String start(Sim sim, GuestType type, ApiCall call) {
        Guest g = checked(sim, type, call);
        sim.state().read(() -> {
            if (g.template()) {
                throw ApiException.fail("you can't start a vm if it's a template");
            }
            if (type == GuestType.LXC && g.running()) {
                throw ApiException.fail("CT " + g.vmid() + " already running");
            }
            return null;
        });
        return submit(sim, g, call, "start", ctx -> {
            ctx.work(LatencyModel.seconds(type.task("start")));
            bootNow(sim, g, ctx);
        });
    }

    /** Starts the guest now (inside a start or create task), with PVE's start-time checks. */
    static void bootNow(Sim sim, Guest g, TaskContext ctx) {
        SimState state = sim.state();
        state.write(() -> {
            if (g.running()) {
                throw new TaskFailure(g.type().label() + " " + g.vmid() + " already running");
            }
            Map<String, String> config = g.effectiveConfig();
            for (Map.Entry<String, String> e : config.entrySet()) {
                String bridge = e.getKey().matches("net\\d+") ? GuestSupport.nicBridge(e.getValue()) : null;
                if (bridge != null && !state.network(g.node()).bridgeActive(bridge)
                        && !state.sdn().running(io.labforge.sandbox.state.SdnConfig.Kind.VNETS).containsKey(bridge)) {
                    throw new TaskFailure("bridge '" + bridge + "' does not exist");
                }
            }
            String cicustom = config.get("cicustom");
            if (cicustom != null) {
                for (String part : cicustom.split(",")) {
                    String volid = part.substring(part.indexOf('=') + 1);
                    boolean exists = state.storages().values().stream()
                            .anyMatch(s -> s.files().stream().anyMatch(v -> v.volid().equals(volid)));
                    if (!exists) {
                        throw new TaskFailure("volume '" + volid + "' does not exist");
                    }
                }
            }
            g.applyPending();
            long free = state.node(g.node()).maxmem() - NodeViews.usedMemory(state, g.node());
            if (GuestViews.maxmem(g) > free) {
                ctx.log("kvm: cannot set up guest memory 'pc.ram': Cannot allocate memory");
                throw new TaskFailure("start failed: QEMU exited with code 1");
            }
            g.start(Instant.now(), sim.clock().after(agentDelay(g)));
        });
    }

    private static double agentDelay(Guest g) {
        boolean cloudInit = g.config().values().stream().anyMatch(v -> DiskSpec.file(v).endsWith("-cloudinit"));
        boolean upgrade = cloudInit && !g.booted() && !"0".equals(g.config().get("ciupgrade"));
        return LatencyModel.AGENT_READY + (upgrade ? LatencyModel.FIRST_BOOT_UPGRADE : 0);
    }

    private static String stop(Sim sim, GuestType type, ApiCall call, String action) {
        Guest g = checked(sim, type, call);
        return submit(sim, g, call, action, ctx -> {
            boolean running = sim.state().read(g::running);
            if (running) {
                ctx.work(LatencyModel.seconds(type.task(action)));
            }
            sim.state().write(g::stop);
        });
    }

    private static String reboot(Sim sim, GuestType type, ApiCall call) {
        Guest g = checked(sim, type, call);
        requireRunning(sim, g);
        return submit(sim, g, call, "reboot", ctx -> {
            ctx.work(LatencyModel.seconds(type.task("reboot")));
            sim.state().write(() -> {
                g.stop();
                g.applyPending();
                g.start(Instant.now(), sim.clock().after(LatencyModel.AGENT_READY));
            });
        });
    }

    private static String simple(Sim sim, GuestType type, ApiCall call, String action) {
        Guest g = checked(sim, type, call);
        requireRunning(sim, g);
        return submit(sim, g, call, action, ctx -> ctx.work(1.0));
    }

    private static void requireRunning(Sim sim, Guest g) {
        if (!sim.state().read(g::running)) {
            throw ApiException.fail(g.type().label() + " " + g.vmid() + " not running");
        }
    }

    private static String submit(Sim sim, Guest g, ApiCall call, String action, io.labforge.sandbox.task.TaskEngine.Body body) {
        return sim.tasks().submit(g.node(), g.type().task(action), String.valueOf(g.vmid()), call.identity().display(), body)
                .upid().toString();
    }
}
