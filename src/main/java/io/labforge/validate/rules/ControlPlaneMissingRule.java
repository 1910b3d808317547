package io.labforge.validate.rules;

import io.labforge.model.Node;
import io.labforge.validate.Findings;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;

final class ControlPlaneMissingRule extends BaseRule {

    ControlPlaneMissingRule() {
        super("LF502", Severity.ERROR, "A Kubernetes cluster with workers has a control plane",
                "Add a k8s-control-plane node to the cluster");
    }

    @Override
    public void check(RuleContext ctx, Findings out) {
        for (K8sClusters.Cluster c : K8sClusters.of(ctx.lab())) {
            if (c.controlPlanes().isEmpty()) {
                out.add("Kubernetes cluster '" + c.name() + "' has workers " + Say.quoted(c.workers().stream().map(Node::id).toList())
                                + " but no control plane",
                        "add a 'k8s-control-plane' node (1 or 3) on the same network", c.ids());
            }
        }
    }
}
