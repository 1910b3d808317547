package io.labforge.validate.rules;

import io.labforge.model.Network;
import io.labforge.model.Node;
import io.labforge.validate.Findings;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Nodes and networks share one id space: NICs, backends and the layout refer to them by id. */
final class DuplicateIdRule extends BaseRule {

    DuplicateIdRule() {
        super("LF101", Severity.ERROR, "Ids are unique across nodes and networks",
                "Rename all but one of the elements sharing the id");
    }

    @Override
    public void check(RuleContext ctx, Findings out) {
        // Allocate per-id lists only for the ids that clash: a clean lab costs one hash set.
        Set<String> seen = new HashSet<>();
        Set<String> clashing = new LinkedHashSet<>();
        for (Network n : ctx.lab().networks()) {
            if (!seen.add(n.id())) {
                clashing.add(n.id());
            }
        }
        for (Node n : ctx.lab().nodes()) {
            if (!seen.add(n.id())) {
                clashing.add(n.id());
            }
        }
        if (clashing.isEmpty()) {
            return;
        }
        Map<String, List<String>> users = new LinkedHashMap<>();
        for (Network n : ctx.lab().networks()) {
            if (clashing.contains(n.id())) {
                users.computeIfAbsent(n.id(), k -> new ArrayList<>(2)).add("network");
            }
        }
        for (Node n : ctx.lab().nodes()) {
            if (clashing.contains(n.id())) {
                users.computeIfAbsent(n.id(), k -> new ArrayList<>(2)).add("node");
            }
        }
        users.forEach((id, what) -> {
            {
                out.add("id '" + id + "' is used by " + what.size() + " elements (" + String.join(", ", what) + ")",
                        "give each node and network its own id, e.g. '" + id + "-2'", List.of(id));
            }
        });
    }
}
