package io.labforge.validate.rules;

import io.labforge.kind.Names;
import io.labforge.kind.NodeKind;
import io.labforge.model.Node;
import io.labforge.validate.Findings;
import io.labforge.validate.NodeRule;
import io.labforge.validate.QuickFix;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Role settings drive provisioning; a key the kind does not know would be silently ignored. */
final class RoleKeysRule extends BaseRule implements NodeRule {

    RoleKeysRule() {
        super("LF510", Severity.ERROR, "Role settings use only the keys the node's kind knows",
                "Use one of the kind's role keys; quick fix: rename to the nearest key");
    }

    @Override
    public void check(Node node, RuleContext ctx, Findings out) {
        Optional<NodeKind> kind = ctx.kind(node);
        if (kind.isEmpty() || node.role().isEmpty()) {
            return;
        }
        List<String> valid = kind.get().roleKeys().stream().sorted().toList();
        for (String key : node.role().keySet()) {
            if (valid.contains(key)) {
                continue;
            }
            String nearest = Names.nearest(key, valid).filter(k -> !node.role().containsKey(k)).orElse(null);
            QuickFix fix = nearest == null ? null : QuickFix.of("Rename role key '" + key + "' of " + Say.node(node) + " to '" + nearest + "'",
                    lab -> lab.updateNode(node.id(), n -> n.withRole(rename(n.role(), key, nearest))));
            out.add(Say.node(node) + " has the role key '" + key + "', unknown to kind '" + node.kind() + "'",
                    Say.didYouMean(nearest) + (valid.isEmpty() ? "kind '" + node.kind() + "' takes no role settings"
                            : "keys of '" + node.kind() + "': " + String.join(", ", valid)),
                    List.of(node.id()), fix);
        }
    }

    private static Map<String, Object> rename(Map<String, Object> role, String from, String to) {
        Map<String, Object> out = new LinkedHashMap<>();
        role.forEach((k, v) -> out.put(k.equals(from) ? to : k, v));
        return out;
    }
}
