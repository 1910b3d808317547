package io.labforge.sandbox.resource;

import io.labforge.sandbox.state.NodeNetwork;
import io.labforge.sandbox.state.SimState;
import io.labforge.sandbox.task.LatencyModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code /nodes/{node}/network}: edits go to a staged copy ({@code interfaces.new}) and change nothing until
 * {@code PUT /nodes/{node}/network} applies all of them in an {@code srvreload} task (PITFALLS #17).
 */
final class NetworkResource {

    private static final Set<String> CONTROL = Set.of("node", "iface", "delete", "digest", "regenerate-frr");

    private NetworkResource() {
    }

    static void register(Routes routes, Sim sim) {
        SimState state = sim.state();
        routes.on("GET", "/nodes/{node}/network", call -> state.read(() -> index(state, call)));
        routes.on("POST", "/nodes/{node}/network", call -> {
            state.write(() -> create(state, call));
            return null;
        });
        routes.on("PUT", "/nodes/{node}/network", call -> apply(sim, call));
        routes.on("DELETE", "/nodes/{node}/network", call -> {
            state.write(() -> network(state, call).revert());
            return null;
        });
        routes.on("GET", "/nodes/{node}/network/{iface}", call -> state.read(() -> {
            Map<String, Object> iface = network(state, call).view().get(call.str("iface"));
            if (iface == null) {
                throw ApiException.fail("interface '" + call.str("iface") + "' does not exist");
            }
            return iface;
        }));
        routes.on("PUT", "/nodes/{node}/network/{iface}", call -> {
            state.write(() -> update(state, call));
            return null;
        });
        routes.on("DELETE", "/nodes/{node}/network/{iface}", call -> {
            state.write(() -> {
                if (network(state, call).view().get(call.str("iface")) == null) {
                    throw ApiException.fail("interface does not exist");
                }
                network(state, call).edit().remove(call.str("iface"));
            });
            return null;
        });
    }

    private static NodeNetwork network(SimState state, ApiCall call) {
        state.node(call.node());
        return state.network(call.node());
    }

    private static Envelope index(SimState state, ApiCall call) {
        NodeNetwork net = network(state, call);
        String type = call.opt("type").orElse(null);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> iface : net.view().values()) {
            boolean bridge = "bridge".equals(iface.get("type"));
            if (type == null || type.equals(iface.get("type")) || bridge && type.startsWith("any") && type.endsWith("bridge")) {
                Map<String, Object> shown = new TreeMap<>(iface);
                shown.put("active", net.active().containsKey(iface.get("iface").toString()) ? 1 : 0);
                out.add(shown);
            }
        }
        String changes = net.changes();
        return new Envelope(out, changes == null ? Map.of() : Map.of("changes", changes));
    }

    private static void create(SimState state, ApiCall call) {
        NodeNetwork net = network(state, call);
        String iface = call.str("iface");
        if (net.view().containsKey(iface)) {
            throw ApiException.param("iface", "interface already exists");
        }
        if ("bridge".equals(call.str("type")) && iface.length() > 15) {
            throw ApiException.param("iface", "interface name '" + iface + "' too long (max 15 characters)");
        }
        Map<String, Object> props = new TreeMap<>();
        props.put("iface", iface);
        props.put("method", call.has("cidr") || call.has("address") ? "static" : "manual");
        copy(call, props);
        if ("1".equals(String.valueOf(props.get("bridge_vlan_aware"))) && !props.containsKey("bridge_vids")) {
            props.put("bridge_vids", "2-4094");
        }
        if (props.containsKey("gateway") && otherGateway(net, iface)) {
            throw ApiException.param("gateway", "Default gateway already exists on interface 'vmbr0'.");
        }
        net.edit().put(iface, props);
    }

    private static boolean otherGateway(NodeNetwork net, String iface) {
        return net.view().values().stream().anyMatch(i -> i.containsKey("gateway") && !iface.equals(i.get("iface")));
    }

    private static void update(SimState state, ApiCall call) {
        NodeNetwork net = network(state, call);
        String iface = call.str("iface");
        Map<String, Object> existing = net.view().get(iface);
        if (existing == null) {
            throw ApiException.fail("interface does not exist");
        }
        Map<String, Object> props = new TreeMap<>(existing);
        call.opt("delete").ifPresent(d -> {
            for (String key : d.split("[,;\\s]+")) {
                props.remove(key);
            }
        });
        copy(call, props);
        net.edit().put(iface, props);
    }

    private static void copy(ApiCall call, Map<String, Object> props) {
        call.params().forEach((k, v) -> {
            if (!CONTROL.contains(k)) {
                props.put(k, v instanceof String s && s.matches("\\d+") && !k.equals("bridge_ports") ? Integer.valueOf(s) : v);
            }
        });
        if (props.get("cidr") instanceof String cidr && cidr.contains("/")) {
            props.put("address", cidr.substring(0, cidr.indexOf('/')));
            props.put("netmask", cidr.substring(cidr.indexOf('/') + 1));
        }
    }

    private static String apply(Sim sim, ApiCall call) {
        SimState state = sim.state();
        String node = call.node();
        state.read(() -> state.node(node));
        return sim.tasks().submit(node, "srvreload", "networking", call.identity().display(), ctx -> {
            ctx.log("waiting for ifreload to finish");
            ctx.work(LatencyModel.seconds("srvreload"));
            state.write(() -> state.network(node).apply());
            ctx.log("ifreload -a: done");
        }).upid().toString();
    }
}
