package io.labforge.kind;

import io.labforge.model.NetworkKind;
import io.labforge.model.Resources;

import java.util.EnumSet;
import java.util.Set;

/** The Internet or an upstream router: documentation only, the far end of a WAN. */
final class InternetKind extends BuiltinKind {

    InternetKind() {
        super("internet", "Internet / uplink", Category.NETWORK, "mdi2e-earth",
                EnumSet.of(NetworkKind.WAN), EnumSet.of(Trait.WAN_FACING, Trait.ROUTES), Set.of(),
                new Flavor("uplink", "Uplink", Realization.NONE, Resources.UNSET, null));
    }
}
