package io.labforge.sandbox.resource;

import io.labforge.sandbox.state.FirewallConfig;
import io.labforge.sandbox.state.GuestType;
import io.labforge.sandbox.state.SimState;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Firewall options, rules, security groups, IP sets and aliases at datacenter, node and guest level.
 * New rules go to position 0 whatever {@code pos} says, and a rule without {@code enable} is disabled (PITFALLS #19).
 */
final class FirewallResource {

    private static final Set<String> CONTROL = Set.of("node", "vmid", "group", "name", "pos", "digest", "delete", "moveto", "cidr");

    private FirewallResource() {
    }

    static void register(Routes routes, Sim sim) {
        SimState state = sim.state();
        Function<ApiCall, String> cluster = call -> "cluster";
        Function<ApiCall, String> node = call -> {
            state.node(call.node());
            return "node/" + call.node();
        };
        levels(routes, state, "/cluster/firewall", cluster, true);
        levels(routes, state, "/nodes/{node}/firewall", node, false);
        for (GuestType type : GuestType.values()) {
            Function<ApiCall, String> guest = call -> "vm/" + state.guest(type, call.node(), call.vmid()).vmid();
            levels(routes, state, "/nodes/{node}/" + type.path() + "/{vmid}/firewall", guest, true);
        }
        groups(routes, state);
    }

    private static void levels(Routes routes, SimState state, String base, Function<ApiCall, String> scope, boolean sets) {
        FirewallConfig fw = state.firewall();
        routes.on("GET", base + "/options", call -> state.read(() -> fw.options(scope.apply(call))));
        routes.on("PUT", base + "/options", call -> write(state, () -> {
            Map<String, Object> options = fw.options(scope.apply(call));
            call.opt("delete").ifPresent(d -> List.of(d.split("[,;\\s]+")).forEach(options::remove));
            options.putAll(fields(call));
        }));
        rules(routes, state, base + "/rules", base + "/rules/{pos}", scope);
        if (!sets) {
            return;
        }
        routes.on("GET", base + "/ipset", call -> state.read(() -> {
            String s = scope.apply(call);
            List<Map<String, Object>> out = new ArrayList<>();
            fw.ipsets(s).keySet().forEach(n -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", n);
                if (fw.ipsetComments(s).get(n) != null) {
                    m.put("comment", fw.ipsetComments(s).get(n));
                }
                out.add(m);
            });
            return out;
        }));
        routes.on("POST", base + "/ipset", call -> write(state, () -> {
            String s = scope.apply(call);
            if (fw.ipsets(s).putIfAbsent(call.str("name"), new ArrayList<>()) != null) {
                throw ApiException.fail("IPSet '" + call.str("name") + "' already exists");
            }
            call.opt("comment").ifPresent(c -> fw.ipsetComments(s).put(call.str("name"), c));
        }));
        routes.on("GET", base + "/ipset/{name}", call -> state.read(() -> ipset(fw, scope.apply(call), call)));
        routes.on("POST", base + "/ipset/{name}", call -> write(state, () -> {
            List<Map<String, Object>> set = ipset(fw, scope.apply(call), call);
            Map<String, Object> entry = new TreeMap<>(fields(call));
            entry.put("cidr", call.str("cidr"));
            if (set.stream().anyMatch(e -> e.get("cidr").equals(call.str("cidr")))) {
                throw ApiException.fail("address '" + call.str("cidr") + "' already exists");
            }
            set.add(entry);
        }));
        routes.on("DELETE", base + "/ipset/{name}", call -> write(state, () -> {
            String s = scope.apply(call);
            if (!ipset(fw, s, call).isEmpty() && !call.flag("force")) {
                throw ApiException.fail("IPSet '" + call.str("name") + "' is not empty");
            }
            fw.ipsets(s).remove(call.str("name"));
        }));
        routes.on("DELETE", base + "/ipset/{name}/{cidr}", call -> write(state, () ->
                ipset(fw, scope.apply(call), call).removeIf(e -> e.get("cidr").equals(call.str("cidr")))));
        routes.on("GET", base + "/aliases", call -> state.read(() -> new ArrayList<>(fw.aliases(scope.apply(call)).values())));
        routes.on("POST", base + "/aliases", call -> write(state, () -> {
            Map<String, Object> alias = new TreeMap<>(fields(call));
            alias.put("name", call.str("name"));
            alias.put("cidr", call.str("cidr"));
            if (fw.aliases(scope.apply(call)).putIfAbsent(call.str("name"), alias) != null) {
                throw ApiException.fail("alias '" + call.str("name") + "' already exists");
            }
        }));
        routes.on("GET", base + "/aliases/{name}", call -> state.read(() -> alias(fw, scope.apply(call), call.str("name"))));
        routes.on("DELETE", base + "/aliases/{name}", call -> write(state, () -> {
            alias(fw, scope.apply(call), call.str("name"));
            fw.aliases(scope.apply(call)).remove(call.str("name"));
        }));
    }

    private static void groups(Routes routes, SimState state) {
        FirewallConfig fw = state.firewall();
        routes.on("GET", "/cluster/firewall/groups", call -> state.read(() -> new ArrayList<>(fw.groups().values())));
        routes.on("POST", "/cluster/firewall/groups", call -> write(state, () -> {
            Map<String, Object> group = new TreeMap<>(fields(call));
            group.put("group", call.str("group"));
            if (fw.groups().putIfAbsent(call.str("group"), group) != null) {
                throw ApiException.fail("security group '" + call.str("group") + "' already exists");
            }
        }));
        Function<ApiCall, String> scope = call -> {
            if (!fw.groups().containsKey(call.str("group"))) {
                throw ApiException.fail("no such security group '" + call.str("group") + "'");
            }
            return "group/" + call.str("group");
        };
        rules(routes, state, "/cluster/firewall/groups/{group}", "/cluster/firewall/groups/{group}/{pos}", scope);
        routes.on("DELETE", "/cluster/firewall/groups/{group}", call -> write(state, () -> {
            if (!fw.rules(scope.apply(call)).isEmpty()) {
                throw ApiException.fail("Security group '" + call.str("group") + "' is not empty");
            }
            fw.groups().remove(call.str("group"));
        }));
    }

    private static void rules(Routes routes, SimState state, String list, String item, Function<ApiCall, String> scope) {
        FirewallConfig fw = state.firewall();
        routes.on("GET", list, call -> state.read(() -> numbered(fw.rules(scope.apply(call)))));
        routes.on("POST", list, call -> write(state, () -> {
            Map<String, Object> rule = new TreeMap<>(fields(call));
            fw.rules(scope.apply(call)).add(0, rule); // pos is ignored on create
        }));
        routes.on("GET", item, call -> state.read(() -> numbered(fw.rules(scope.apply(call))).get(pos(fw, scope, call))));
        routes.on("PUT", item, call -> write(state, () -> {
            List<Map<String, Object>> rules = fw.rules(scope.apply(call));
            int pos = pos(fw, scope, call);
            Map<String, Object> rule = rules.get(pos);
            call.opt("delete").ifPresent(d -> List.of(d.split("[,;\\s]+")).forEach(rule::remove));
            rule.putAll(fields(call));
            call.opt("moveto").ifPresent(m -> {
                rules.remove(pos);
                rules.add(Math.min(Integer.parseInt(m), rules.size()), rule);
            });
        }));
        routes.on("DELETE", item, call -> write(state, () -> fw.rules(scope.apply(call)).remove(pos(fw, scope, call))));
    }

    private static int pos(FirewallConfig fw, Function<ApiCall, String> scope, ApiCall call) {
        int pos = call.integer("pos");
        if (pos >= fw.rules(scope.apply(call)).size()) {
            throw ApiException.fail("no rule at position " + pos);
        }
        return pos;
    }

    private static List<Map<String, Object>> numbered(List<Map<String, Object>> rules) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            Map<String, Object> m = new TreeMap<>(rules.get(i));
            m.put("pos", i);
            out.add(m);
        }
        return out;
    }

    private static List<Map<String, Object>> ipset(FirewallConfig fw, String scope, ApiCall call) {
        List<Map<String, Object>> set = fw.ipsets(scope).get(call.str("name"));
        if (set == null) {
            throw ApiException.fail("no such IPSet '" + call.str("name") + "'");
        }
        return set;
    }

    private static Map<String, Object> alias(FirewallConfig fw, String scope, String name) {
        Map<String, Object> alias = fw.aliases(scope).get(name);
        if (alias == null) {
            throw ApiException.fail("no such alias '" + name + "'");
        }
        return alias;
    }

    private static Map<String, Object> fields(ApiCall call) {
        Map<String, Object> out = new TreeMap<>();
        call.params().forEach((k, v) -> {
            if (!CONTROL.contains(k)) {
                out.put(k, v instanceof String s && s.matches("-?\\d+") && !k.endsWith("port") ? Integer.valueOf(s) : v);
            }
        });
        return out;
    }

    private static Object write(SimState state, Runnable edit) {
        state.write(edit);
        return null;
    }
}
