package io.labforge.sandbox.resource;

import io.labforge.sandbox.state.SdnConfig;
import io.labforge.sandbox.state.SdnConfig.Kind;
import io.labforge.sandbox.state.SimState;
import io.labforge.sandbox.task.LatencyModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * SDN zones, vnets and subnets: edits are pending until {@code PUT /cluster/sdn}; that task ends before every node
 * has reloaded, so {@code GET /nodes/{node}/sdn/zones} says {@code pending} for a little while longer (PITFALLS #18).
 */
final class SdnResource {

    private static final Set<String> CONTROL = Set.of("lock-token", "digest", "delete", "node");

    private SdnResource() {
    }

    static void register(Routes routes, Sim sim) {
        SimState state = sim.state();
        crud(routes, state, Kind.ZONES, "/cluster/sdn/zones", "zone");
        crud(routes, state, Kind.VNETS, "/cluster/sdn/vnets", "vnet");
        routes.on("GET", "/cluster/sdn/vnets/{vnet}/subnets", call -> state.read(() -> list(state, Kind.SUBNETS, call).stream()
                .filter(s -> call.str("vnet").equals(s.get("vnet"))).toList()));
        routes.on("POST", "/cluster/sdn/vnets/{vnet}/subnets", call -> write(state, call, () -> createSubnet(state, call)));
        String subnet = "/cluster/sdn/vnets/{vnet}/subnets/{subnet}";
        routes.on("GET", subnet, call -> state.read(() -> one(state.sdn(), Kind.SUBNETS, call.str("subnet"))));
        routes.on("PUT", subnet, call -> write(state, call, () -> update(state.sdn(), Kind.SUBNETS, call.str("subnet"), call)));
        routes.on("DELETE", subnet, call -> write(state, call, () -> delete(state.sdn(), Kind.SUBNETS, call.str("subnet"))));
        routes.on("PUT", "/cluster/sdn", call -> apply(sim, call));
        routes.on("POST", "/cluster/sdn/rollback", call -> write(state, call, () -> state.sdn().rollback()));
        routes.on("POST", "/cluster/sdn/lock", call -> state.read(() -> {
            if (state.sdn().lockToken() != null) {
                throw ApiException.fail("SDN configuration is already locked");
            }
            if (state.sdn().dirty() && !call.flag("allow-pending")) {
                throw ApiException.fail("there are pending changes, use allow-pending to lock anyway");
            }
            state.sdn().lockToken(UUID.randomUUID().toString());
            return state.sdn().lockToken();
        }));
        routes.on("DELETE", "/cluster/sdn/lock", call -> state.read(() -> {
            if (call.flag("force") || call.opt("lock-token").filter(t -> t.equals(state.sdn().lockToken())).isPresent()) {
                state.sdn().lockToken(null);
                return null;
            }
            throw ApiException.fail("invalid lock token");
        }));
        routes.on("GET", "/nodes/{node}/sdn/zones", call -> state.read(() -> {
            state.node(call.node());
            List<Map<String, Object>> out = new ArrayList<>();
            state.sdn().zoneStatus(call.node()).forEach((zone, status) -> out.add(Map.of("zone", zone, "status", status)));
            return out;
        }));
    }

    private static void crud(Routes routes, SimState state, Kind kind, String base, String idParam) {
        routes.on("GET", base, call -> state.read(() -> list(state, kind, call)));
        routes.on("POST", base, call -> write(state, call, () -> create(state, kind, idParam, call)));
        String item = base + "/{" + idParam + "}";
        routes.on("GET", item, call -> state.read(() -> one(state.sdn(), kind, call.str(idParam))));
        routes.on("PUT", item, call -> write(state, call, () -> update(state.sdn(), kind, call.str(idParam), call)));
        routes.on("DELETE", item, call -> write(state, call, () -> delete(state.sdn(), kind, call.str(idParam))));
    }

    private static Object write(SimState state, ApiCall call, Runnable edit) {
        state.write(() -> {
            String token = state.sdn().lockToken();
            if (token != null && !call.opt("lock-token").filter(token::equals).isPresent()) {
                throw ApiException.fail("SDN configuration is locked - a valid 'lock-token' is required");
            }
            edit.run();
        });
        return null;
    }

    private static List<Map<String, Object>> list(SimState state, Kind kind, ApiCall call) {
        SdnConfig sdn = state.sdn();
        boolean running = call.flag("running");
        boolean pending = call.flag("pending");
        Map<String, Map<String, Object>> source = running ? sdn.running(kind) : sdn.pending(kind);
        Set<String> ids = new java.util.TreeSet<>(source.keySet());
        if (pending) {
            ids.addAll(sdn.running(kind).keySet());
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (String id : ids) {
            Map<String, Object> m = new TreeMap<>(source.getOrDefault(id, sdn.running(kind).get(id)));
            String st = sdn.state(kind, id);
            if (pending && st != null) {
                m.put("state", st);
                if (st.equals("changed") || st.equals("new")) {
                    m.put("pending", sdn.pending(kind).get(id));
                }
            }
            call.opt("type").filter(t -> !t.equals(m.get("type"))).ifPresentOrElse(t -> { }, () -> out.add(m));
        }
        return out;
    }

    private static Map<String, Object> one(SdnConfig sdn, Kind kind, String id) {
        Map<String, Object> m = sdn.pending(kind).get(id);
        if (m == null) {
            throw ApiException.fail("sdn " + kind.name().toLowerCase().replaceAll("s$", "") + " object ID '" + id + "' does not exist");
        }
        return m;
    }

    private static void create(SimState state, Kind kind, String idParam, ApiCall call) {
        SdnConfig sdn = state.sdn();
        String id = call.str(idParam);
        if (sdn.pending(kind).containsKey(id)) {
            throw ApiException.fail("sdn " + idParam + " object ID '" + id + "' already defined");
        }
        Map<String, Object> props = props(call);
        if (kind == Kind.ZONES) {
            String type = call.str("type");
            if (type.equals("vlan") && !call.has("bridge")) {
                throw ApiException.param("bridge", "property is missing and it is not optional");
            }
            if (call.opt("bridge").isPresent() && state.nodes().keySet().stream()
                    .noneMatch(n -> state.network(n).bridgeActive(call.str("bridge")))) {
                throw ApiException.fail("bridge '" + call.str("bridge") + "' does not exist");
            }
        } else {
            Map<String, Object> zone = sdn.pending(Kind.ZONES).get(call.str("zone"));
            if (zone == null) {
                throw ApiException.fail("zone '" + call.str("zone") + "' does not exist");
            }
            if (Set.of("vlan", "vxlan", "evpn", "qinq").contains(String.valueOf(zone.get("type"))) && !call.has("tag")) {
                throw ApiException.fail("missing vlan tag");
            }
        }
        sdn.pending(kind).put(id, props);
    }

    private static void createSubnet(SimState state, ApiCall call) {
        SdnConfig sdn = state.sdn();
        Map<String, Object> vnet = one(sdn, Kind.VNETS, call.str("vnet"));
        String cidr = call.str("subnet");
        String id = vnet.get("zone") + "-" + cidr.replace('/', '-');
        if (sdn.pending(Kind.SUBNETS).containsKey(id)) {
            throw ApiException.fail("sdn subnet object ID '" + id + "' already defined");
        }
        Map<String, Object> props = props(call);
        props.put("subnet", id);
        props.put("cidr", cidr);
        props.put("network", cidr.substring(0, cidr.indexOf('/')));
        props.put("mask", cidr.substring(cidr.indexOf('/') + 1));
        props.put("zone", vnet.get("zone"));
        sdn.pending(Kind.SUBNETS).put(id, props);
    }

    private static Map<String, Object> props(ApiCall call) {
        Map<String, Object> props = new TreeMap<>();
        call.params().forEach((k, v) -> {
            if (!CONTROL.contains(k)) {
                props.put(k, v);
            }
        });
        return props;
    }

    private static void update(SdnConfig sdn, Kind kind, String id, ApiCall call) {
        Map<String, Object> props = new TreeMap<>(one(sdn, kind, id));
        props.putAll(props(call));
        call.opt("delete").ifPresent(d -> List.of(d.split("[,;\\s]+")).forEach(props::remove));
        sdn.pending(kind).put(id, props);
    }

    private static void delete(SdnConfig sdn, Kind kind, String id) {
        one(sdn, kind, id);
        if (kind == Kind.ZONES && sdn.pending(Kind.VNETS).values().stream().anyMatch(v -> id.equals(v.get("zone")))) {
            throw ApiException.fail("Can't delete zone '" + id + "' because it is still used by a vnet");
        }
        if (kind == Kind.VNETS && sdn.pending(Kind.SUBNETS).values().stream().anyMatch(s -> id.equals(s.get("vnet")))) {
            throw ApiException.fail("Can't delete vnet '" + id + "' because it still has subnets");
        }
        sdn.pending(kind).remove(id);
    }

    private static String apply(Sim sim, ApiCall call) {
        SimState state = sim.state();
        String token = state.read(() -> state.sdn().lockToken());
        if (token != null && !call.opt("lock-token").filter(token::equals).isPresent()) {
            throw ApiException.fail("SDN configuration is locked - a valid 'lock-token' is required");
        }
        String first = state.read(() -> state.nodes().keySet().iterator().next());
        String user = call.identity().display();
        return sim.tasks().submit(first, "reloadnetworkall", "", user, ctx -> {
            ctx.work(LatencyModel.seconds("reloadnetworkall"));
            List<String> nodes = state.read(() -> {
                state.sdn().apply();
                if (call.flag("release-lock")) {
                    state.sdn().lockToken(null);
                }
                for (String node : state.nodes().keySet()) {
                    Map<String, String> status = state.sdn().zoneStatus(node);
                    status.keySet().retainAll(state.sdn().running(Kind.ZONES).keySet());
                    state.sdn().running(Kind.ZONES).keySet().forEach(z -> status.put(z, "pending"));
                }
                return new ArrayList<>(state.nodes().keySet());
            });
            for (String node : nodes) {
                ctx.log("reload network configuration on node '" + node + "'");
                sim.tasks().submit(node, "srvreload", "networking", user, nodeCtx -> {
                    try {
                        nodeCtx.work(LatencyModel.seconds("sdnnodereload"));
                    } catch (io.labforge.sandbox.task.TaskFailure e) {
                        state.write(() -> state.sdn().zoneStatus(node).replaceAll((z, s) -> "error"));
                        throw e;
                    }
                    state.write(() -> state.sdn().zoneStatus(node).replaceAll((z, s) -> "available"));
                });
            }
        }).upid().toString();
    }
}
