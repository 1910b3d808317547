package io.labforge.kind;

import io.labforge.model.NetworkKind;
import io.labforge.model.Resources;

import java.util.EnumSet;
import java.util.Set;

/** A Windows VM installed from an ISO. */
final class WindowsVmKind extends BuiltinKind {

    WindowsVmKind() {
        super("windows-vm", "Windows VM", Category.COMPUTE, "mdi2m-microsoft-windows",
                BuiltinKind.INTERNAL, EnumSet.noneOf(Trait.class), Set.of(),
                new Flavor("windows-server", "Windows Server 2022", Realization.VM_FROM_ISO, new Resources(4, 8192, 64), Sources.WINDOWS_SERVER_ISO),
                new Flavor("windows-11", "Windows 11", Realization.VM_FROM_ISO, new Resources(4, 8192, 64), Sources.WINDOWS_CLIENT_ISO));
    }
}
