package io.labforge.validate.rules;

import io.labforge.validate.Findings;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;

final class WorkerMissingRule extends BaseRule {

    WorkerMissingRule() {
        super("LF503", Severity.WARNING, "A Kubernetes cluster has at least one worker",
                "Add a k8s-worker node to the cluster");
    }

    @Override
    public void check(RuleContext ctx, Findings out) {
        for (K8sClusters.Cluster c : K8sClusters.of(ctx.lab())) {
            if (!c.controlPlanes().isEmpty() && c.workers().isEmpty()) {
                out.add("Kubernetes cluster '" + c.name() + "' has no worker: workloads run on the control planes "
                                + Say.quoted(c.controlPlaneIds()),
                        "add a 'k8s-worker' node on the cluster's network", c.controlPlaneIds());
            }
        }
    }
}
