package io.labforge.validate.rules;

import io.labforge.model.Node;
import io.labforge.model.Resources;
import io.labforge.validate.Findings;
import io.labforge.validate.NodeRule;
import io.labforge.validate.QuickFix;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;

import java.util.ArrayList;
import java.util.List;

/** Documentation-only nodes (Internet, the Proxmox host) are drawn, never deployed: deploy settings on them are ignored. */
final class DocumentationOnlyRule extends BaseRule implements NodeRule {

    DocumentationOnlyRule() {
        super("LF307", Severity.WARNING, "Documentation-only nodes carry no deploy settings",
                "Quick fix: remove the VMID, template, ISO, resources and Proxmox node");
    }

    @Override
    public void check(Node node, RuleContext ctx, Findings out) {
        if (ctx.kind(node).isEmpty() || ctx.isGuest(node)) {
            return;
        }
        List<String> set = new ArrayList<>();
        if (node.vmid() != null) {
            set.add("vmid");
        }
        if (node.template() != null) {
            set.add("template");
        }
        if (node.iso() != null) {
            set.add("iso");
        }
        if (!node.resources().equals(Resources.UNSET)) {
            set.add("resources");
        }
        if (node.proxmoxNode() != null) {
            set.add("proxmoxNode");
        }
        if (set.isEmpty()) {
            return;
        }
        out.add(Say.node(node) + " (kind '" + node.kind() + "') is drawn but never deployed; its " + String.join(", ", set)
                        + " will be ignored",
                "remove " + String.join(", ", set) + ", or use a deployable kind such as 'linux-vm'",
                List.of(node.id()),
                QuickFix.of("Remove the deploy settings of " + Say.node(node), lab -> lab.updateNode(node.id(),
                        n -> n.withVmid(null).withTemplate(null).withIso(null).withResources(Resources.UNSET).withProxmoxNode(null))));
    }
}
