package io.labforge.deploy.power;

import io.labforge.kind.NodeKind;
import io.labforge.kind.Trait;

/**
 * The earliest tier a kind starts in, whatever it depends on: edge devices first, then the ways in and
 * the names (bastion, DNS, domain controller), the load balancer that fronts the services, data, the
 * Kubernetes control plane, and last the workloads (workers, VMs, containers, monitoring). Stopping runs
 * the same ranks backwards.
 */
final class Roles {

    static final int EDGE = 0;
    static final int ACCESS = 1;
    static final int FRONT = 2;
    static final int DATA = 3;
    static final int CONTROL = 4;
    static final int WORKLOAD = 5;

    private Roles() {
    }

    static int rank(NodeKind kind) {
        if (kind == null) {
            return WORKLOAD;
        }
        if (kind.has(Trait.ROUTES)) {
            return EDGE;
        }
        return switch (kind.id()) {
            case "bastion", "dns-dhcp", "domain-controller" -> ACCESS;
            case "load-balancer" -> FRONT;
            case "database" -> DATA;
            case "k8s-control-plane" -> CONTROL;
            default -> WORKLOAD;
        };
    }
}
