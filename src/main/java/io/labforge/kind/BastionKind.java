package io.labforge.kind;

import io.labforge.model.NetworkKind;
import io.labforge.model.Resources;

import java.util.EnumSet;
import java.util.Set;

/** The jump host: the only way in to the management network; SSH hardened. */
final class BastionKind extends BuiltinKind {

    BastionKind() {
        super("bastion", "Bastion host", Category.COMPUTE, "mdi2s-shield-lock",
                BuiltinKind.INTERNAL, EnumSet.of(Trait.SPANS_ZONES), Set.of("allowFrom"),
                new Flavor("debian", "Debian 12", Realization.VM_FROM_TEMPLATE, new Resources(1, 1024, 10), Sources.DEBIAN_TEMPLATE));
    }
}
