package io.labforge.kind;

import io.labforge.model.NetworkKind;
import io.labforge.model.Resources;

import java.util.EnumSet;
import java.util.Set;

/** A user workstation in the workstation zone. */
final class WorkstationKind extends BuiltinKind {

    WorkstationKind() {
        super("workstation", "Workstation", Category.COMPUTE, "mdi2d-desktop-classic",
                BuiltinKind.INTERNAL, EnumSet.noneOf(Trait.class), Set.of("packages"),
                new Flavor("linux", "Linux desktop", Realization.VM_FROM_TEMPLATE, new Resources(2, 4096, 32), Sources.UBUNTU_TEMPLATE),
                new Flavor("windows", "Windows 11", Realization.VM_FROM_ISO, new Resources(4, 8192, 64), Sources.WINDOWS_CLIENT_ISO));
    }
}
