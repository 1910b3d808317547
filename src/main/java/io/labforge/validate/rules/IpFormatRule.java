package io.labforge.validate.rules;

import io.labforge.model.Ipv4;
import io.labforge.model.Nic;
import io.labforge.model.Node;
import io.labforge.validate.Findings;
import io.labforge.validate.NodeRule;
import io.labforge.validate.QuickFix;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;

import java.util.List;

final class IpFormatRule extends BaseRule implements NodeRule {

    IpFormatRule() {
        super("LF204", Severity.ERROR, "Static NIC addresses are IPv4 addresses",
                "Write a dotted IPv4 address without prefix, or 'dhcp'; quick fix: drop a '/prefix'");
    }

    @Override
    public void check(Node node, RuleContext ctx, Findings out) {
        for (int i = 0; i < node.nics().size(); i++) {
            Nic nic = node.nics().get(i);
            if (nic.isDhcp() || Ipv4.isValid(nic.ip())) {
                continue;
            }
            int slash = nic.ip().indexOf('/');
            String bare = slash > 0 ? nic.ip().substring(0, slash) : null;
            int index = i;
            QuickFix fix = bare != null && Ipv4.isValid(bare)
                    ? QuickFix.of("Use " + bare + " on " + Say.nic(node, i), lab -> Fixes.setIp(lab, node.id(), index, bare))
                    : null;
            out.add(Say.nic(node, i) + " has the invalid address '" + nic.ip() + "'",
                    fix != null ? "write the address without prefix (the network's prefix applies): " + bare
                            : "write a dotted IPv4 address such as 10.10.20.11, or 'dhcp'",
                    List.of(node.id(), nic.network()), fix);
        }
    }
}
