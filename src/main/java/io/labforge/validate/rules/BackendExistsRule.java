package io.labforge.validate.rules;

import io.labforge.kind.Names;
import io.labforge.model.Lab;
import io.labforge.model.Node;
import io.labforge.validate.Findings;
import io.labforge.validate.QuickFix;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

final class BackendExistsRule extends BaseRule {

    BackendExistsRule() {
        super("LF506", Severity.ERROR, "Load-balancer backends are nodes of the lab",
                "Name an existing node; quick fix: the nearest node id");
    }

    @Override
    public void check(RuleContext ctx, Findings out) {
        List<String> ids = null;
        for (Node lb : ctx.lab().nodes()) {
            for (Frontends.Frontend f : Frontends.of(lb)) {
                for (String backend : f.backends()) {
                    if (ctx.graph().host(backend).isPresent()) {
                        continue;
                    }
                    ids = ids != null ? ids : ctx.lab().nodes().stream().map(Node::id).toList();
                    String nearest = Names.nearest(backend, ids).orElse(null);
                    QuickFix fix = nearest == null ? null : QuickFix.of("Replace backend '" + backend + "' with '" + nearest + "'",
                            lab -> rename(lab, lb.id(), f.index(), backend, nearest));
                    out.add("frontend " + f.port() + " of load balancer '" + lb.id() + "' names the unknown backend '"
                                    + backend + "'",
                            Say.didYouMean(nearest) + "backends are node ids", List.of(lb.id()), fix);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Lab rename(Lab lab, String lbId, int index, String from, String to) {
        return lab.updateNode(lbId, n -> {
            if (!(n.role().get(Frontends.KEY) instanceof List<?> list) || index >= list.size()
                    || !(list.get(index) instanceof Map<?, ?> entry) || !(entry.get("backends") instanceof List<?> b)) {
                return n;
            }
            Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) entry);
            copy.put("backends", b.stream().map(x -> from.equals(x) ? to : x).toList());
            List<Object> frontends = new ArrayList<>(list);
            frontends.set(index, copy);
            Map<String, Object> role = new LinkedHashMap<>(n.role());
            role.put(Frontends.KEY, frontends);
            return n.withRole(role);
        });
    }
}
