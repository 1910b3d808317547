package io.labforge.kind;

import io.labforge.model.NetworkKind;
import io.labforge.model.Resources;

import java.util.EnumSet;
import java.util.Set;

/** HAProxy in front of services; role: {@code frontends} with ports and backend node ids. */
final class LoadBalancerKind extends BuiltinKind {

    LoadBalancerKind() {
        super("load-balancer", "Load balancer", Category.EDGE, "mdi2s-scale-balance",
                BuiltinKind.INTERNAL, EnumSet.of(Trait.SPANS_ZONES), Set.of("frontends"),
                new Flavor("haproxy", "HAProxy", Realization.VM_FROM_TEMPLATE, new Resources(2, 2048, 16), Sources.DEBIAN_TEMPLATE));
    }
}
