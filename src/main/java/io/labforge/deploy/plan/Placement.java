package io.labforge.deploy.plan;

import io.labforge.deploy.port.ClusterNode;
import io.labforge.deploy.port.ClusterState;
import io.labforge.kind.Realization;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses a Proxmox node for each new guest: the pinned node, else the lab's default node, else the online node
 * with the most free memory, then the most idle CPU, then the first by name (after the guests already placed in
 * this plan), among those holding the template when the guest is a clone. Guests are placed biggest first, so
 * the result does not depend on the order of the lab file; the same cluster state always gives the same answer.
 */
final class Placement {

    private static final double GIB = 1024.0;

    private final ClusterState state;
    private final String defaultNode;
    private final Map<String, Long> freeMemory = new HashMap<>();
    private final Map<String, Double> freeCpus = new HashMap<>();
    private final Map<String, String> reasons = new HashMap<>();

    Placement(ClusterState state, String defaultNode) {
        this.state = state;
        this.defaultNode = defaultNode;
        for (ClusterNode n : state.nodes()) {
            if (n.online()) {
                freeMemory.put(n.name(), n.freeMemoryMiB());
                freeCpus.put(n.name(), n.freeCpus());
            }
        }
    }

    /** Node per guest id, for the guests in {@code toPlace}, biggest first so they pack well. */
    Map<String, String> place(List<DesiredGuest> toPlace) {
        Map<String, String> out = new LinkedHashMap<>();
        // guests with a fixed node first, so the free capacity the others are weighed by already counts them
        toPlace.stream()
                .sorted(Comparator.comparing((DesiredGuest g) -> g.pinnedNode() == null && defaultNode == null)
                        .thenComparing(Comparator.comparingInt((DesiredGuest g) -> memory(g)).reversed()).thenComparing(DesiredGuest::id))
                .forEach(g -> choose(g).ifPresent(node -> {
                    out.put(g.id(), node);
                    freeMemory.computeIfPresent(node, (k, v) -> v - memory(g));
                    freeCpus.computeIfPresent(node, (k, v) -> v - cores(g));
                }));
        return out;
    }

    /** Why a guest went where it did, in plain words; empty for guests this placement did not place. */
    Optional<String> reason(String guestId) {
        return Optional.ofNullable(reasons.get(guestId));
    }

    private Optional<String> choose(DesiredGuest g) {
        if (g.pinnedNode() != null) {
            reasons.put(g.id(), "pinned to " + g.pinnedNode());
            return Optional.of(g.pinnedNode());
        }
        if (defaultNode != null) {
            reasons.put(g.id(), "the lab's target node");
            return Optional.of(defaultNode);
        }
        List<String> candidates = freeMemory.keySet().stream()
                .filter(n -> g.realization() != Realization.VM_FROM_TEMPLATE || hasTemplate(n, g.source()))
                .sorted(Comparator.comparingLong((String n) -> freeMemory.get(n)).reversed()
                        .thenComparing(Comparator.comparingDouble((String n) -> freeCpus.get(n)).reversed())
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        if (candidates.isEmpty()) {
            return freeMemory.keySet().stream().sorted().findFirst();
        }
        String best = candidates.get(0);
        String why = String.format(Locale.ROOT, "most free memory: %.1f GiB, %.1f of %d CPUs idle, counting this plan's guests",
                freeMemory.get(best) / GIB, freeCpus.get(best), state.node(best).map(ClusterNode::cpus).orElse(0));
        if (candidates.size() < freeMemory.size()) {
            why += ", among the nodes holding template " + g.source();
        }
        reasons.put(g.id(), why);
        return Optional.of(best);
    }

    private boolean hasTemplate(String node, String template) {
        return template != null && state.template(template, node).map(t -> t.ref().node().equals(node)).orElse(false);
    }

    private static int memory(DesiredGuest g) {
        return g.config().memory() == null ? 0 : g.config().memory();
    }

    private static int cores(DesiredGuest g) {
        return g.config().cores() == null ? 1 : g.config().cores();
    }
}
