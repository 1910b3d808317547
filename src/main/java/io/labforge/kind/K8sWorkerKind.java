package io.labforge.kind;

import io.labforge.model.NetworkKind;
import io.labforge.model.Resources;

import java.util.EnumSet;
import java.util.Set;

/** A Kubernetes worker node. */
final class K8sWorkerKind extends BuiltinKind {

    K8sWorkerKind() {
        super("k8s-worker", "Kubernetes worker", Category.KUBERNETES, "mdi2k-kubernetes",
                BuiltinKind.INTERNAL, EnumSet.noneOf(Trait.class), Set.of("labels"),
                new Flavor("k3s", "k3s", Realization.VM_FROM_TEMPLATE, new Resources(2, 4096, 40), Sources.DEBIAN_TEMPLATE),
                new Flavor("kubeadm", "kubeadm", Realization.VM_FROM_TEMPLATE, new Resources(2, 4096, 40), Sources.DEBIAN_TEMPLATE));
    }
}
