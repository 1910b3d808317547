package io.labforge.kind;

import io.labforge.model.NetworkKind;
import io.labforge.model.Resources;

import java.util.EnumSet;
import java.util.Set;

/** An LXC container. */
final class ContainerKind extends BuiltinKind {

    ContainerKind() {
        super("lxc", "LXC container", Category.COMPUTE, "mdi2p-package-variant-closed",
                BuiltinKind.INTERNAL, EnumSet.noneOf(Trait.class), Set.of("packages"),
                new Flavor("debian", "Debian 12", Realization.LXC, new Resources(1, 512, 8), Sources.DEBIAN_LXC),
                new Flavor("alpine", "Alpine 3.20", Realization.LXC, new Resources(1, 256, 4), Sources.ALPINE_LXC));
    }
}
