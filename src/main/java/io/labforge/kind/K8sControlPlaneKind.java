package io.labforge.kind;

import io.labforge.model.NetworkKind;
import io.labforge.model.Resources;

import java.util.EnumSet;
import java.util.Set;

/** A Kubernetes control-plane node (k3s server or kubeadm control plane). */
final class K8sControlPlaneKind extends BuiltinKind {

    K8sControlPlaneKind() {
        super("k8s-control-plane", "Kubernetes control plane", Category.KUBERNETES, "mdi2s-ship-wheel",
                BuiltinKind.INTERNAL, EnumSet.noneOf(Trait.class), Set.of("podCidr", "serviceCidr", "version", "cni"),
                new Flavor("k3s", "k3s", Realization.VM_FROM_TEMPLATE, new Resources(2, 4096, 32), Sources.DEBIAN_TEMPLATE),
                new Flavor("kubeadm", "kubeadm", Realization.VM_FROM_TEMPLATE, new Resources(2, 4096, 32), Sources.DEBIAN_TEMPLATE));
    }
}
