package io.labforge.deploy.plan;

import io.labforge.deploy.port.ClusterNode;
import io.labforge.deploy.port.ClusterState;
import io.labforge.kind.Realization;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses a Proxmox node for each new guest: the pinned node, else the lab's default node, else the
 * online node with the most free memory (after the guests already placed in this plan), among
 * those holding the template when the guest is a clone.
 */
final class Placement {

    private final ClusterState state;
    private final String defaultNode;
    private final Map<String, Long> free = new HashMap<>();

    Placement(ClusterState state, String defaultNode) {
        this.state = state;
        this.defaultNode = defaultNode;
        for (ClusterNode n : state.nodes()) {
            if (n.online()) {
                free.put(n.name(), n.freeMemoryMiB());
            }
        }
    }

    /** Node per guest id, for the guests in {@code toPlace}, biggest first so they pack well. */
    Map<String, String> place(List<DesiredGuest> toPlace) {
        Map<String, String> out = new LinkedHashMap<>();
        toPlace.stream()
                .sorted(Comparator.comparingInt((DesiredGuest g) -> memory(g)).reversed().thenComparing(DesiredGuest::id))
                .forEach(g -> choose(g).ifPresent(node -> {
                    out.put(g.id(), node);
                    free.computeIfPresent(node, (k, v) -> v - memory(g));
                }));
        return out;
    }

    private Optional<String> choose(DesiredGuest g) {
        if (g.pinnedNode() != null) {
            return Optional.of(g.pinnedNode());
        }
        if (defaultNode != null) {
            return Optional.of(defaultNode);
        }
        return free.entrySet().stream()
                .filter(e -> g.realization() != Realization.VM_FROM_TEMPLATE || hasTemplate(e.getKey(), g.source()))
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey)
                .or(() -> free.keySet().stream().sorted().findFirst());
    }

    private boolean hasTemplate(String node, String template) {
        return template != null && state.template(template, node).map(t -> t.ref().node().equals(node)).orElse(false);
    }

    private static int memory(DesiredGuest g) {
        return g.config().memory() == null ? 0 : g.config().memory();
    }
}
