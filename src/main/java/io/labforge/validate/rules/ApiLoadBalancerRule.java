package io.labforge.validate.rules;

import io.labforge.model.Lab;
import io.labforge.model.Node;
import io.labforge.validate.Findings;
import io.labforge.validate.QuickFix;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * With several control planes the API server needs one stable endpoint: a load-balancer frontend
 * on 6443 whose backends are all the control planes.
 */
final class ApiLoadBalancerRule extends BaseRule {

    static final int API_PORT = 6443;
    static final String LOAD_BALANCER = "load-balancer";

    ApiLoadBalancerRule() {
        super("LF504", Severity.ERROR, "Several control planes sit behind a load-balancer frontend on 6443",
                "Add a frontend {port: 6443, backends: [control planes]}; quick fix: add it, or the missing backends");
    }

    @Override
    public void check(RuleContext ctx, Findings out) {
        List<Node> lbs = ctx.lab().nodes().stream().filter(n -> LOAD_BALANCER.equals(n.kind())).toList();
        // API frontends by control plane, so each cluster looks at its own frontends only.
        Map<String, List<ApiFrontend>> byBackend = new HashMap<>();
        for (Node lb : lbs) {
            for (Frontends.Frontend f : Frontends.of(lb)) {
                if (f.port() == API_PORT) {
                    ApiFrontend api = new ApiFrontend(lb, f);
                    f.backends().forEach(b -> byBackend.computeIfAbsent(b, k -> new ArrayList<>(1)).add(api));
                }
            }
        }
        for (K8sClusters.Cluster c : K8sClusters.of(ctx.lab())) {
            List<String> cps = c.controlPlaneIds();
            if (cps.size() < 2) {
                continue;
            }
            Node partialLb = null;
            Frontends.Frontend partial = null;
            boolean complete = false;
            for (String cp : cps) {
                for (ApiFrontend api : byBackend.getOrDefault(cp, List.of())) {
                    complete |= api.frontend().backends().containsAll(cps);
                    if (partial == null) {
                        partial = api.frontend();
                        partialLb = api.lb();
                    }
                }
            }
            if (complete) {
                continue;
            }
            if (partial != null) {
                Node lb = partialLb;
                Frontends.Frontend f = partial;
                List<String> missing = cps.stream().filter(id -> !f.backends().contains(id)).toList();
                List<String> subjects = new ArrayList<>(missing);
                subjects.add(0, lb.id());
                out.add("frontend " + API_PORT + " of load balancer '" + lb.id() + "' misses control planes "
                                + Say.quoted(missing) + " of Kubernetes cluster '" + c.name() + "'",
                        "add " + Say.quoted(missing) + " to its backends", subjects,
                        QuickFix.of("Add " + Say.quoted(missing) + " to frontend " + API_PORT + " of '" + lb.id() + "'",
                                lab -> addBackends(lab, lb.id(), f.index(), missing)));
            } else {
                List<String> subjects = new ArrayList<>(cps);
                QuickFix fix = lbs.size() == 1 ? QuickFix.of("Add frontend " + API_PORT + " to '" + lbs.get(0).id() + "'",
                        lab -> addFrontend(lab, lbs.get(0).id(), cps)) : null;
                out.add("Kubernetes cluster '" + c.name() + "' has " + cps.size() + " control planes but no load-balancer frontend on "
                                + API_PORT + " in front of them",
                        "give a 'load-balancer' the frontend {port: " + API_PORT + ", backends: [" + String.join(", ", cps)
                                + "]} and use it as the control-plane endpoint", subjects, fix);
            }
        }
    }

    private record ApiFrontend(Node lb, Frontends.Frontend frontend) {
    }

    @SuppressWarnings("unchecked")
    private static Lab addBackends(Lab lab, String lbId, int index, List<String> missing) {
        return lab.updateNode(lbId, n -> {
            if (!(n.role().get(Frontends.KEY) instanceof List<?> list) || index >= list.size()
                    || !(list.get(index) instanceof Map<?, ?> entry)) {
                return n;
            }
            Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) entry);
            List<Object> backends = new ArrayList<>(copy.get("backends") instanceof List<?> b ? b : List.of());
            missing.stream().filter(id -> !backends.contains(id)).forEach(backends::add);
            copy.put("backends", backends);
            List<Object> frontends = new ArrayList<>(list);
            frontends.set(index, copy);
            Map<String, Object> role = new LinkedHashMap<>(n.role());
            role.put(Frontends.KEY, frontends);
            return n.withRole(role);
        });
    }

    private static Lab addFrontend(Lab lab, String lbId, List<String> cps) {
        return lab.updateNode(lbId, n -> {
            List<Object> frontends = new ArrayList<>(n.role().get(Frontends.KEY) instanceof List<?> l ? l : List.of());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("port", API_PORT);
            entry.put("backends", List.copyOf(cps));
            frontends.add(entry);
            Map<String, Object> role = new LinkedHashMap<>(n.role());
            role.put(Frontends.KEY, frontends);
            return n.withRole(role);
        });
    }
}
