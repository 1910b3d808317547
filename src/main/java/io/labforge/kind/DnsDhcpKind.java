package io.labforge.kind;

import io.labforge.model.NetworkKind;
import io.labforge.model.Resources;

import java.util.EnumSet;
import java.util.Set;

/** DNS and DHCP for the lab networks (dnsmasq in a container). */
final class DnsDhcpKind extends BuiltinKind {

    DnsDhcpKind() {
        super("dns-dhcp", "DNS / DHCP", Category.EDGE, "mdi2i-ip-network",
                BuiltinKind.INTERNAL, EnumSet.noneOf(Trait.class), Set.of("domain", "forwarders"),
                new Flavor("dnsmasq", "dnsmasq", Realization.LXC, new Resources(1, 512, 4), Sources.DEBIAN_LXC));
    }
}
