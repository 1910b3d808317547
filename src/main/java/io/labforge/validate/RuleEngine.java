package io.labforge.validate;

import io.labforge.model.Network;
import io.labforge.model.Node;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the catalogue. Results of {@link NodeRule}s and {@link NetworkRule}s are kept per node and
 * per network record; as the lab is immutable, an unchanged record is the very same object after
 * an edit and its findings are reused. Node findings also depend on the networks, so they are
 * dropped whenever any network changed. Whole-lab rules always run: they are linear.
 */
final class RuleEngine {

    private final List<Rule> rules;
    private final List<NodeRule> nodeRules = new ArrayList<>();
    private final List<NetworkRule> networkRules = new ArrayList<>();
    private final boolean caching;
    private Map<Node, List<Problem>[]> nodeCache = new IdentityHashMap<>();
    private Map<Network, List<Problem>[]> networkCache = new IdentityHashMap<>();
    private List<Network> lastNetworks;
    private Object lastKinds;

    RuleEngine(List<Rule> rules, boolean caching) {
        this.rules = List.copyOf(rules);
        this.caching = caching;
        for (Rule r : rules) {
            if (r instanceof NodeRule nr) {
                nodeRules.add(nr);
            } else if (r instanceof NetworkRule wr) {
                networkRules.add(wr);
            }
        }
    }

    ValidationReport run(RuleContext ctx) {
        if (!caching) {
            return runAll(ctx);
        }
        if (!caching || !ctx.lab().networks().equals(lastNetworks) || ctx.kinds() != lastKinds) {
            nodeCache = new IdentityHashMap<>();
        }
        Map<Node, List<Problem>[]> nodes = nodeResults(ctx);
        Map<Network, List<Problem>[]> networks = networkResults(ctx);
        List<Problem> out = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule instanceof NodeRule nr) {
                int i = nodeRules.indexOf(nr);
                for (Node n : ctx.lab().nodes()) {
                    out.addAll(nodes.get(n)[i]);
                }
            } else if (rule instanceof NetworkRule wr) {
                int i = networkRules.indexOf(wr);
                for (Network n : ctx.lab().networks()) {
                    out.addAll(networks.get(n)[i]);
                }
            } else {
                Findings f = new Findings(rule);
                rule.check(ctx, f);
                out.addAll(f.problems());
            }
        }
        out.sort(Comparator.comparing(Problem::severity));
        if (caching) {
            nodeCache = nodes;
            networkCache = networks;
            lastNetworks = ctx.lab().networks();
            lastKinds = ctx.kinds();
        }
        return new ValidationReport(out);
    }

    /** A one-off validation: every rule over everything, nothing kept. */
    private ValidationReport runAll(RuleContext ctx) {
        List<Problem> out = new ArrayList<>();
        for (Rule rule : rules) {
            Findings f = new Findings(rule);
            rule.check(ctx, f);
            out.addAll(f.problems());
        }
        out.sort(Comparator.comparing(Problem::severity));
        return new ValidationReport(out);
    }

    @SuppressWarnings("unchecked")
    private Map<Node, List<Problem>[]> nodeResults(RuleContext ctx) {
        Map<Node, List<Problem>[]> next = new IdentityHashMap<>(ctx.lab().nodes().size() * 2);
        Findings[] findings = findings(nodeRules);
        for (Node n : ctx.lab().nodes()) {
            List<Problem>[] cached = nodeCache.get(n);
            if (cached == null) {
                cached = new List[nodeRules.size()];
                for (int i = 0; i < cached.length; i++) {
                    nodeRules.get(i).check(n, ctx, findings[i]);
                    cached[i] = findings[i].drain();
                }
            }
            next.put(n, cached);
        }
        return next;
    }

    @SuppressWarnings("unchecked")
    private Map<Network, List<Problem>[]> networkResults(RuleContext ctx) {
        Map<Network, List<Problem>[]> next = new IdentityHashMap<>();
        Findings[] findings = findings(networkRules);
        for (Network n : ctx.lab().networks()) {
            List<Problem>[] cached = networkCache.get(n);
            if (cached == null) {
                cached = new List[networkRules.size()];
                for (int i = 0; i < cached.length; i++) {
                    networkRules.get(i).check(n, ctx, findings[i]);
                    cached[i] = findings[i].drain();
                }
            }
            next.put(n, cached);
        }
        return next;
    }

    private static Findings[] findings(List<? extends Rule> list) {
        Findings[] out = new Findings[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = new Findings(list.get(i));
        }
        return out;
    }
}
