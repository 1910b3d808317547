package io.labforge.kind;

import io.labforge.model.NetworkKind;
import io.labforge.model.Resources;

import java.util.EnumSet;
import java.util.Set;

/** A general-purpose Linux VM cloned from a cloud-init template. */
final class LinuxVmKind extends BuiltinKind {

    LinuxVmKind() {
        super("linux-vm", "Linux VM", Category.COMPUTE, "mdi2s-server-network",
                BuiltinKind.INTERNAL, EnumSet.noneOf(Trait.class), Set.of("packages"),
                new Flavor("debian", "Debian 12", Realization.VM_FROM_TEMPLATE, new Resources(2, 2048, 20), Sources.DEBIAN_TEMPLATE),
                new Flavor("ubuntu", "Ubuntu 24.04", Realization.VM_FROM_TEMPLATE, new Resources(2, 2048, 20), Sources.UBUNTU_TEMPLATE),
                new Flavor("rocky", "Rocky Linux 9", Realization.VM_FROM_TEMPLATE, new Resources(2, 2048, 20), Sources.ROCKY_TEMPLATE));
    }
}
