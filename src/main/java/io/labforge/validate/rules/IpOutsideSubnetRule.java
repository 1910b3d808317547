package io.labforge.validate.rules;

import io.labforge.model.Node;
import io.labforge.validate.Findings;
import io.labforge.validate.NodeRule;
import io.labforge.validate.ResolvedAddress;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;
import io.labforge.validate.Subnet;

import java.util.List;
import java.util.Optional;

final class IpOutsideSubnetRule extends BaseRule implements NodeRule {

    IpOutsideSubnetRule() {
        super("LF205", Severity.ERROR, "Static addresses lie inside their network's subnet",
                "Quick fix: the network's next free address");
    }

    @Override
    public void check(Node node, RuleContext ctx, Findings out) {
        List<ResolvedAddress> addresses = ctx.graph().addresses(node.id());
        for (int i = 0; i < node.nics().size() && i < addresses.size(); i++) {
            ResolvedAddress a = addresses.get(i);
            Optional<Subnet> subnet = ctx.graph().subnet(a.networkId());
            if (a.ip() == null || subnet.isEmpty() || subnet.get().contains(a.value())) {
                continue;
            }
            out.add(Say.nic(node, i) + " has " + a.ip() + ", outside " + Say.net(a.networkId())
                            + " (" + subnet.get().cidr() + ")",
                    "use an address inside " + subnet.get().cidr(),
                    List.of(node.id(), a.networkId()), Fixes.nextFreeIp(ctx, node, i));
        }
    }
}
