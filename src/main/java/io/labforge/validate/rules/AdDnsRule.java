package io.labforge.validate.rules;

import io.labforge.model.Node;
import io.labforge.validate.Findings;
import io.labforge.validate.HostVertex;
import io.labforge.validate.LabGraph;
import io.labforge.validate.NetworkVertex;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * AD members must resolve through a domain controller, or they cannot find the domain.
 * Labforge derives each guest's DNS server (LabGraph#dnsServer): for a member, a DC on its AD
 * network or one it reaches through routers. This fires when the derivation ends elsewhere.
 */
final class AdDnsRule extends BaseRule {

    AdDnsRule() {
        super("LF509", Severity.ERROR, "AD members use a domain controller for DNS",
                "Route the member's AD network to a domain controller's network, or add a DC there");
    }

    @Override
    public void check(RuleContext ctx, Findings out) {
        List<NetworkVertex> ads = AdMembers.adNetworks(ctx);
        if (ads.isEmpty()) {
            return;
        }
        Set<String> dcAddresses = new HashSet<>();
        for (HostVertex h : ctx.graph().hosts()) {
            if (LabGraph.DOMAIN_CONTROLLER.equals(h.node().kind())) {
                ctx.graph().addresses(h.id()).forEach(a -> {
                    if (a.ip() != null) {
                        dcAddresses.add(a.ip());
                    }
                });
            }
        }
        if (dcAddresses.isEmpty()) {
            return;   // LF508 says there is no domain controller at all
        }
        for (NetworkVertex ad : ads) {
            if (ctx.graph().domainControllerAddress(ad).isPresent()) {
                continue;
            }
            for (HostVertex member : AdMembers.of(ctx, ad)) {
                Optional<String> dns = ctx.graph().dnsServer(member.id());
                if (dns.isPresent() && dcAddresses.contains(dns.get())) {
                    continue;
                }
                Node node = member.node();
                out.add(Say.node(node) + " is a member of AD " + Say.net(ad.network()) + " but no domain controller is reachable from it"
                                + dns.map(d -> ": it would resolve DNS via " + d).orElse(""),
                        "connect " + Say.net(ad.network()) + " to the firewall that routes to the domain controller, "
                                + "or add a domain controller on it",
                        List.of(node.id(), ad.id()));
            }
        }
    }
}
