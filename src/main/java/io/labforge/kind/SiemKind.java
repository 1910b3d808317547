package io.labforge.kind;

import io.labforge.model.NetworkKind;
import io.labforge.model.Resources;

import java.util.EnumSet;
import java.util.Set;

/** SIEM / SOC: a Wazuh manager (agents on every host) or Security Onion. */
final class SiemKind extends BuiltinKind {

    SiemKind() {
        super("siem", "SIEM / SOC", Category.SECURITY_MONITORING, "mdi2s-shield-search",
                BuiltinKind.INTERNAL, EnumSet.noneOf(Trait.class), Set.of("agents"),
                new Flavor("wazuh", "Wazuh", Realization.VM_FROM_TEMPLATE, new Resources(4, 8192, 60), Sources.DEBIAN_TEMPLATE),
                new Flavor("security-onion", "Security Onion", Realization.VM_FROM_ISO, new Resources(4, 16384, 200), Sources.SECURITY_ONION_ISO));
    }
}
