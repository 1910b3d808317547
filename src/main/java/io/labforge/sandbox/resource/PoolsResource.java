package io.labforge.sandbox.resource;

import io.labforge.sandbox.state.Guest;
import io.labforge.sandbox.state.Pool;
import io.labforge.sandbox.state.SimState;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /pools} in the PVE 9 style (pool ID as a parameter; {@code /pools/{poolid}} is the deprecated read). */
final class PoolsResource {

    private PoolsResource() {
    }

    static void register(Routes routes, Sim sim) {
        SimState state = sim.state();
        routes.on("GET", "/pools", call -> state.read(() -> list(sim, call)));
        routes.on("GET", "/pools/{poolid}", call -> state.read(() -> {
            Map<String, Object> one = view(state, pool(state, call.str("poolid")), call.opt("type").orElse(null));
            one.remove("poolid");
            return one;
        }));
        routes.on("POST", "/pools", call -> {
            state.write(() -> {
                String id = call.str("poolid");
                if (state.pools().containsKey(id)) {
                    throw ApiException.fail("pool '" + id + "' already exists");
                }
                state.pools().put(id, new Pool(id, call.opt("comment").orElse(null)));
            });
            return null;
        });
        routes.on("PUT", "/pools", call -> {
            state.write(() -> update(sim, call));
            return null;
        });
        routes.on("DELETE", "/pools", call -> {
            state.write(() -> {
                Pool p = pool(state, call.str("poolid"));
                if (!p.empty()) {
                    throw ApiException.fail("pool '" + p.poolid() + "' is not empty");
                }
                state.pools().remove(p.poolid());
            });
            return null;
        });
    }

    private static Pool pool(SimState state, String id) {
        Pool p = state.pools().get(id);
        if (p == null) {
            throw ApiException.fail("pool '" + id + "' does not exist");
        }
        return p;
    }

    private static List<Map<String, Object>> list(Sim sim, ApiCall call) {
        SimState state = sim.state();
        List<Map<String, Object>> out = new ArrayList<>();
        String only = call.opt("poolid").orElse(null);
        if (only != null) {
            out.add(view(state, pool(state, only), call.opt("type").orElse(null)));
            return out;
        }
        for (Pool p : state.pools().values()) {
            if (sim.acl().has("/pool/" + p.poolid(), "Pool.Audit")) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("poolid", p.poolid());
                if (p.comment() != null) {
                    m.put("comment", p.comment());
                }
                out.add(m);
            }
        }
        return out;
    }

    private static Map<String, Object> view(SimState state, Pool p, String type) {
        List<Map<String, Object>> members = new ArrayList<>();
        for (int vmid : p.vms()) {
            Guest g = state.guests().get(vmid);
            if (g != null && (type == null || type.equals(g.type().path()))) {
                members.add(GuestViews.resource(g));
            }
        }
        if (type == null || type.equals("storage")) {
            for (String s : p.storage()) {
                state.nodes().keySet().forEach(n -> members.add(NodeViews.storageResource(state, n, state.storage(s))));
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("poolid", p.poolid());
        if (p.comment() != null) {
            m.put("comment", p.comment());
        }
        m.put("members", members);
        return m;
    }

    private static void update(Sim sim, ApiCall call) {
        SimState state = sim.state();
        Pool p = pool(state, call.str("poolid"));
        call.opt("comment").ifPresent(p::comment);
        boolean delete = call.flag("delete");
        for (String id : call.opt("vms").map(v -> v.split("[,;\\s]+")).orElse(new String[0])) {
            Guest g = state.guests().get(Integer.parseInt(id));
            if (g == null) {
                throw ApiException.fail("no such VMID '" + id + "'");
            }
            if (!sim.acl().has(g.acl(), "VM.Allocate")) {
                throw ApiException.forbidden(g.acl(), "VM.Allocate");
            }
            if (delete) {
                if (p.poolid().equals(g.pool())) {
                    GuestSupport.leavePool(state, g);
                }
            } else if (g.pool() != null && !g.pool().equals(p.poolid()) && !call.flag("allow-move")) {
                throw ApiException.fail("VM " + id + " belongs already to pool '" + g.pool() + "'");
            } else {
                GuestSupport.leavePool(state, g);
                GuestSupport.joinPool(state, g, p.poolid());
            }
        }
        for (String s : call.opt("storage").map(v -> v.split("[,;\\s]+")).orElse(new String[0])) {
            state.storage(s);
            if (delete) {
                p.storage().remove(s);
            } else {
                p.storage().add(s);
            }
        }
    }
}
