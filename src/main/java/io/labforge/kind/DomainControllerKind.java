package io.labforge.kind;

import io.labforge.model.NetworkKind;
import io.labforge.model.Resources;

import java.util.EnumSet;
import java.util.Set;

/** An Active Directory domain controller: Samba AD DC or Windows Server. */
final class DomainControllerKind extends BuiltinKind {

    DomainControllerKind() {
        super("domain-controller", "Domain controller", Category.IDENTITY, "mdi2a-account-key",
                BuiltinKind.INTERNAL, EnumSet.noneOf(Trait.class), Set.of("domain", "netbios"),
                new Flavor("samba", "Samba AD DC", Realization.VM_FROM_TEMPLATE, new Resources(2, 2048, 20), Sources.DEBIAN_TEMPLATE),
                new Flavor("windows", "Windows Server AD DS", Realization.VM_FROM_ISO, new Resources(4, 8192, 64), Sources.WINDOWS_SERVER_ISO));
    }
}
