package io.labforge.validate.rules;

import io.labforge.model.Node;
import io.labforge.validate.Findings;
import io.labforge.validate.NodeRule;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The HAProxy configuration is generated from {@code role.frontends}; a malformed entry cannot be. */
final class FrontendShapeRule extends BaseRule implements NodeRule {

    FrontendShapeRule() {
        super("LF505", Severity.ERROR, "Load-balancer frontends have a port 1-65535, unique, and a list of backends",
                "Write each frontend as {port: 6443, backends: [node ids]}");
    }

    @Override
    public void check(Node node, RuleContext ctx, Findings out) {
        if (!Frontends.hasFrontends(node)) {
            return;
        }
        List<String> subjects = List.of(node.id());
        String example = "write frontends as a list of {port: 6443, backends: [k8s-cp1, k8s-cp2]}";
        if (!(node.role().get(Frontends.KEY) instanceof List<?> list)) {
            out.add("frontends of " + Say.node(node) + " are not a list", example, subjects);
            return;
        }
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String which = "frontend " + (i + 1) + " of " + Say.node(node);
            if (!(list.get(i) instanceof Map<?, ?> m)) {
                out.add(which + " is not a map", example, subjects);
            } else if (!(m.get("port") instanceof Integer port) || port < 1 || port > 65535) {
                out.add(which + " has no valid port (" + m.get("port") + ")", "give a TCP port from 1 to 65535", subjects);
            } else if (!ports.add(port)) {
                out.add(which + " repeats port " + port, "merge the frontends on port " + port + " into one", subjects);
            } else if (!(m.get("backends") instanceof List<?> b) || b.isEmpty()
                    || !b.stream().allMatch(String.class::isInstance)) {
                out.add(which + " (port " + port + ") has no list of backend node ids",
                        "list the node ids it balances over, e.g. backends: [web1, web2]", subjects);
            }
        }
    }
}
