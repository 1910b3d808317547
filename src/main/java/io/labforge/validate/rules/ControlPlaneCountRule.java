package io.labforge.validate.rules;

import io.labforge.validate.Findings;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;

/** etcd keeps quorum with a majority: 2 control planes tolerate no more failures than 1, 4 no more than 3. */
final class ControlPlaneCountRule extends BaseRule {

    ControlPlaneCountRule() {
        super("LF501", Severity.WARNING, "A Kubernetes cluster has an odd number of control planes",
                "Use 1, 3 or 5 control planes");
    }

    @Override
    public void check(RuleContext ctx, Findings out) {
        for (K8sClusters.Cluster c : K8sClusters.of(ctx.lab())) {
            int n = c.controlPlanes().size();
            if (n > 0 && n % 2 == 0) {
                out.add("Kubernetes cluster '" + c.name() + "' has " + n + " control planes ("
                                + Say.quoted(c.controlPlaneIds()) + "): an even number adds no fault tolerance to etcd",
                        "use " + (n - 1) + " or " + (n + 1) + " control planes", c.controlPlaneIds());
            }
        }
    }
}
