package io.labforge.kind;

import io.labforge.model.NetworkKind;
import io.labforge.model.Resources;

import java.util.EnumSet;
import java.util.Set;

/** Firewall and router between the zones: pfSense, OPNsense (from ISO) or a Linux nftables router. */
final class FirewallKind extends BuiltinKind {

    FirewallKind() {
        super("firewall", "Firewall / router", Category.EDGE, "mdi2w-wall-fire",
                ANY, EnumSet.of(Trait.ROUTES, Trait.WAN_FACING), Set.of("rules", "nat"),
                new Flavor("pfsense", "pfSense CE", Realization.VM_FROM_ISO, new Resources(2, 2048, 16), Sources.PFSENSE_ISO),
                new Flavor("opnsense", "OPNsense", Realization.VM_FROM_ISO, new Resources(2, 4096, 20), Sources.OPNSENSE_ISO),
                new Flavor("nftables", "Linux nftables router", Realization.VM_FROM_TEMPLATE, new Resources(1, 1024, 8), Sources.DEBIAN_TEMPLATE));
    }
}
