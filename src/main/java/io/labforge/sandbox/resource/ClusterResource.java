package io.labforge.sandbox.resource;

import io.labforge.sandbox.state.Guest;
import io.labforge.sandbox.state.SimNode;
import io.labforge.sandbox.state.SimState;
import io.labforge.sandbox.state.SimStorage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code /cluster/resources}, {@code /cluster/status}, {@code /cluster/nextid}, {@code /cluster/tasks}. */
final class ClusterResource {

    static final String CLUSTER_NAME = "sandbox";

    private ClusterResource() {
    }

    static void register(Routes routes, Sim sim) {
        routes.on("GET", "/cluster/resources", call -> sim.state().read(() -> resources(sim, call.opt("type"))));
        routes.on("GET", "/cluster/status", call -> sim.state().read(() -> status(sim.state())));
        routes.on("GET", "/cluster/nextid", call -> sim.state().read(() -> nextid(sim.state(), call.opt("vmid"))));
        routes.on("GET", "/cluster/tasks", call -> TaskResource.list(sim, null, call));
    }

    private static Object nextid(SimState state, Optional<String> wanted) {
        if (wanted.isPresent()) {
            int vmid = Integer.parseInt(wanted.get());
            if (state.guests().containsKey(vmid)) {
                throw ApiException.param("vmid", "VM " + vmid + " already exists");
            }
            return vmid;
        }
        return state.nextFreeVmid();
    }

    private static List<Map<String, Object>> status(SimState state) {
        List<Map<String, Object>> out = new ArrayList<>();
        List<SimNode> nodes = new ArrayList<>(state.nodes().values());
        if (nodes.size() > 1) {
            out.add(new LinkedHashMap<>(Map.of("type", "cluster", "id", "cluster", "name", CLUSTER_NAME, "quorate", 1,
                    "nodes", nodes.size(), "version", nodes.size())));
        }
        for (int i = 0; i < nodes.size(); i++) {
            SimNode n = nodes.get(i);
            out.add(new LinkedHashMap<>(Map.of("type", "node", "id", "node/" + n.name(), "name", n.name(), "nodeid", i + 1,
                    "ip", n.ip(), "online", 1, "local", i == 0 ? 1 : 0, "level", "")));
        }
        return out;
    }

    private static List<Map<String, Object>> resources(Sim sim, Optional<String> type) {
        SimState state = sim.state();
        List<Map<String, Object>> out = new ArrayList<>();
        String t = type.orElse("");
        if (t.isEmpty() || t.equals("vm")) {
            for (Guest g : state.guests().values()) {
                if (sim.acl().has(g.acl(), "VM.Audit")) {
                    out.add(GuestViews.resource(g));
                }
            }
        }
        if (t.isEmpty() || t.equals("node")) {
            for (SimNode n : state.nodes().values()) {
                out.add(NodeViews.resource(state, n));
            }
        }
        if (t.isEmpty() || t.equals("storage")) {
            for (SimNode n : state.nodes().values()) {
                for (SimStorage s : state.storages().values()) {
                    if (sim.acl().has("/storage/" + s.id(), "Datastore.Audit")) {
                        out.add(NodeViews.storageResource(state, n.name(), s));
                    }
                }
            }
        }
        if (t.isEmpty()) {
            state.pools().keySet().forEach(p -> out.add(new LinkedHashMap<>(Map.of("id", "/pool/" + p, "type", "pool", "pool", p))));
        }
        if (t.isEmpty() || t.equals("sdn")) {
            for (SimNode n : state.nodes().values()) {
                state.sdn().zoneStatus(n.name()).forEach((zone, st) -> out.add(new LinkedHashMap<>(Map.of(
                        "id", "sdn/" + n.name() + "/" + zone, "type", "sdn", "sdn", zone, "node", n.name(), "status", st))));
            }
        }
        return out;
    }
}
