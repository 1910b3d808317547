package io.labforge.validate.rules;

import io.labforge.model.Network;
import io.labforge.validate.Findings;
import io.labforge.validate.NetworkVertex;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;

import java.util.List;
import java.util.Map;

/** One tag on one bridge is one broadcast domain: two networks there are really one. */
final class DuplicateVlanRule extends BaseRule {

    DuplicateVlanRule() {
        super("LF213", Severity.ERROR, "VLAN tags are unique per bridge", "Give each network on a bridge its own tag");
    }

    @Override
    public void check(RuleContext ctx, Findings out) {
        for (Map.Entry<String, List<NetworkVertex>> e : ctx.graph().segments().entrySet()) {
            List<NetworkVertex> nets = e.getValue();
            Network first = nets.get(0).network();
            if (nets.size() < 2 || first.vlan() == null) {
                continue;
            }
            List<String> ids = nets.stream().map(NetworkVertex::id).toList();
            out.add("networks " + Say.quoted(ids) + " all use VLAN " + first.vlan() + " on bridge " + first.bridge(),
                    "give each network on bridge " + first.bridge() + " a different VLAN tag", ids);
        }
    }
}
