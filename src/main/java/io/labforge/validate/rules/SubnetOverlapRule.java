package io.labforge.validate.rules;

import io.labforge.validate.Findings;
import io.labforge.validate.NetworkVertex;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;
import io.labforge.validate.Subnet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Overlapping subnets make routing ambiguous. Sorted sweep: O(n log n), not pairwise. */
final class SubnetOverlapRule extends BaseRule {

    SubnetOverlapRule() {
        super("LF203", Severity.ERROR, "Subnets of different networks do not overlap",
                "Give each network its own, disjoint subnet");
    }

    @Override
    public void check(RuleContext ctx, Findings out) {
        List<NetworkVertex> addressed = new ArrayList<>();
        for (NetworkVertex v : ctx.graph().networks()) {
            if (v.subnet().isPresent()) {
                addressed.add(v);
            }
        }
        addressed.sort(Comparator.comparingLong((NetworkVertex v) -> v.subnet().get().network())
                .thenComparingLong(v -> -v.subnet().get().broadcast()));
        NetworkVertex widest = null;
        for (NetworkVertex v : addressed) {
            Subnet s = v.subnet().get();
            if (widest != null && widest.subnet().get().overlaps(s)) {
                out.add("subnets of " + Say.net(widest.id()) + " (" + widest.subnet().get().cidr() + ") and "
                                + Say.net(v.id()) + " (" + s.cidr() + ") overlap",
                        "give each network a disjoint subnet, e.g. a different third octet",
                        List.of(widest.id(), v.id()));
            }
            if (widest == null || s.broadcast() > widest.subnet().get().broadcast()) {
                widest = v;
            }
        }
    }
}
