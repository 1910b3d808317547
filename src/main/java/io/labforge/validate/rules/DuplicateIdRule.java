package io.labforge.validate.rules;

import io.labforge.model.Network;
import io.labforge.model.Node;
import io.labforge.validate.Findings;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;

import java.util.ArrayList;
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
        Map<String, List<String>> users = new LinkedHashMap<>();
        for (Network n : ctx.lab().networks()) {
            users.computeIfAbsent(n.id(), k -> new ArrayList<>(1)).add("network");
        }
        for (Node n : ctx.lab().nodes()) {
            users.computeIfAbsent(n.id(), k -> new ArrayList<>(1)).add("node");
        }
        users.forEach((id, what) -> {
            if (what.size() > 1) {
                out.add("id '" + id + "' is used by " + what.size() + " elements (" + String.join(", ", what) + ")",
                        "give each node and network its own id, e.g. '" + id + "-2'", List.of(id));
            }
        });
    }
}
