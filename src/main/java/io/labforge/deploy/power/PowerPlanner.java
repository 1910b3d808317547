package io.labforge.deploy.power;

import io.labforge.deploy.plan.Action;
import io.labforge.deploy.plan.Change;
import io.labforge.deploy.plan.DesiredGuest;
import io.labforge.deploy.plan.Plan;
import io.labforge.deploy.plan.ResourceType;
import io.labforge.deploy.port.Guest;
import io.labforge.deploy.port.PowerState;
import io.labforge.kind.NodeKinds;
import io.labforge.model.Lab;
import io.labforge.model.Node;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedAcyclicGraph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Puts the guests a lab owns into tiers. A guest's tier is the later of its kind's rank ({@link Roles})
 * and one past the tier of everything it needs ({@link Dependencies}); empty tiers are dropped. Which
 * guests the lab owns comes from a deploy plan, so ownership is exactly the planner's (marker, tag,
 * journal). Pure: reads nothing itself.
 */
public final class PowerPlanner {

    private PowerPlanner() {
    }

    public static PowerPlan plan(Lab lab, NodeKinds kinds, Plan ownership, Direction direction) {
        List<String> warnings = new ArrayList<>();
        Map<String, Integer> tierOf = tiers(lab, kinds, warnings);
        TreeMap<Integer, List<PowerTarget>> byTier = new TreeMap<>();
        Map<String, Change> guests = new LinkedHashMap<>();
        ownership.changes().stream().filter(c -> c.type() == ResourceType.GUEST).forEach(c -> guests.put(c.id(), c));
        for (Node n : lab.nodes()) {
            Change c = guests.get(n.id());
            if (c == null || !tierOf.containsKey(n.id())) {
                continue;
            }
            if (c.existing() == null) {
                warnings.add(n.id() + " is not deployed; deploy the lab to create it");
                continue;
            }
            DesiredGuest d = ownership.desired().guest(n.id()).orElseThrow();
            Guest g = ownership.state().guest(c.existing().vmid()).orElse(null);
            PowerState status = g == null ? PowerState.UNKNOWN : g.status();
            byTier.computeIfAbsent(tierOf.get(n.id()), k -> new ArrayList<>())
                    .add(new PowerTarget(n.id(), c.existing(), status, d.ready(), g == null ? null : g.pool()));
        }
        guests.values().stream().filter(c -> c.action() == Action.DELETE && c.existing() != null).forEach(c -> warnings.add(
                c.existing() + " (" + c.id() + ") belongs to the lab but is no longer in it; left as it is"));
        List<Tier> tiers = new ArrayList<>();
        for (List<PowerTarget> members : byTier.values()) {
            tiers.add(new Tier(tiers.size() + 1, members));
        }
        List<Tier> order = direction == Direction.START ? tiers : reversed(tiers);
        return new PowerPlan(lab.name(), direction, order, warnings, List.of());
    }

    /** Every guest of the lab (deployed or not) to its tier number, lowest first to start; not compacted. */
    static Map<String, Integer> tiers(Lab lab, NodeKinds kinds, List<String> warnings) {
        DirectedAcyclicGraph<String, DefaultEdge> deps = Dependencies.of(lab, kinds, warnings);
        Map<String, Integer> tierOf = new HashMap<>();
        for (String id : deps) { // topological order: what a guest needs is placed before it
            int t = lab.node(id).map(n -> Dependencies.rank(kinds, n)).orElse(Roles.WORKLOAD);
            for (DefaultEdge e : deps.incomingEdgesOf(id)) {
                t = Math.max(t, tierOf.get(deps.getEdgeSource(e)) + 1);
            }
            tierOf.put(id, t);
        }
        return tierOf;
    }

    private static List<Tier> reversed(List<Tier> tiers) {
        List<Tier> r = new ArrayList<>(tiers);
        java.util.Collections.reverse(r);
        return r;
    }
}
