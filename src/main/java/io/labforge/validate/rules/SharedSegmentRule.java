package io.labforge.validate.rules;

import io.labforge.validate.Findings;
import io.labforge.validate.NetworkVertex;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;

import java.util.List;
import java.util.Map;

/** Two untagged networks on one bridge are one L2 segment: their zones are not separated at all. */
final class SharedSegmentRule extends BaseRule {

    SharedSegmentRule() {
        super("LF216", Severity.ERROR, "Two networks on one bridge are separated by VLAN tags",
                "Tag all but one of them with a VLAN, or put them on different bridges");
    }

    @Override
    public void check(RuleContext ctx, Findings out) {
        for (Map.Entry<String, List<NetworkVertex>> e : ctx.graph().segments().entrySet()) {
            List<NetworkVertex> nets = e.getValue();
            NetworkVertex first = nets.get(0);
            if (nets.size() < 2 || first.network().vlan() != null || first.network().bridge() == null) {
                continue;
            }
            List<String> ids = nets.stream().map(NetworkVertex::id).toList();
            out.add("networks " + Say.quoted(ids) + " are all untagged on bridge " + first.network().bridge()
                            + ": they share one L2 segment",
                    "give them VLAN tags or separate bridges (e.g. vmbr1 and vmbr2)", ids);
        }
    }
}
