package io.labforge.validate.rules;

import io.labforge.validate.Findings;
import io.labforge.validate.HostVertex;
import io.labforge.validate.LabGraph;
import io.labforge.validate.NetworkVertex;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;

import java.util.ArrayList;
import java.util.List;

/** Members find the domain through DNS on a DC, so an AD with members needs a DC at a fixed address. */
final class AdDomainControllerRule extends BaseRule {

    AdDomainControllerRule() {
        super("LF508", Severity.ERROR, "An AD network with members has a domain controller with a static address",
                "Add a domain-controller with a static address on the AD network");
    }

    @Override
    public void check(RuleContext ctx, Findings out) {
        boolean anyDc = ctx.graph().hosts().stream().anyMatch(h -> LabGraph.DOMAIN_CONTROLLER.equals(h.node().kind())
                && ctx.graph().addresses(h.id()).stream().anyMatch(a -> a.ip() != null));
        if (anyDc) {
            return;   // members elsewhere are LF509's business
        }
        for (NetworkVertex ad : AdMembers.adNetworks(ctx)) {
            List<HostVertex> members = AdMembers.of(ctx, ad);
            if (members.isEmpty()) {
                continue;
            }
            List<String> ids = members.stream().map(HostVertex::id).toList();
            List<String> subjects = new ArrayList<>();
            subjects.add(ad.id());
            subjects.addAll(ids);
            out.add("AD " + Say.net(ad.network()) + " has members " + Say.quoted(ids)
                            + " but the lab has no domain controller with a static address to use for DNS",
                    "add a 'domain-controller' node with a static address on " + Say.net(ad.network()), subjects);
        }
    }
}
