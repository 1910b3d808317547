package io.labforge.validate.rules;

import io.labforge.model.Node;
import io.labforge.validate.Findings;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Two guests with one hostname clash in DNS, DHCP leases and Proxmox's guest list. */
final class DuplicateHostnameRule extends BaseRule {

    DuplicateHostnameRule() {
        super("LF102", Severity.ERROR, "Hostnames of guests are unique (case-insensitive)",
                "Set a distinct hostname on all but one of the nodes");
    }

    @Override
    public void check(RuleContext ctx, Findings out) {
        Map<String, Node> first = new HashMap<>();
        Map<String, List<Node>> byName = new LinkedHashMap<>();
        for (Node n : ctx.lab().nodes()) {
            if (ctx.isGuest(n)) {
                String name = n.effectiveHostname().toLowerCase(Locale.ROOT);
                Node earlier = first.putIfAbsent(name, n);
                if (earlier != null) {
                    byName.computeIfAbsent(name, k -> new ArrayList<>(List.of(earlier))).add(n);
                }
            }
        }
        byName.forEach((name, nodes) -> {
            List<String> ids = nodes.stream().map(Node::id).distinct().toList();
            if (nodes.size() > 1 && ids.size() > 1) {   // same id twice is LF101's finding
                out.add("hostname '" + name + "' is used by nodes " + Say.quoted(ids),
                        "set the hostname of all but one of them, e.g. '" + name + "-2'", ids);
            }
        });
    }
}
