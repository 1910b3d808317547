package io.labforge.kind;

import io.labforge.model.NetworkKind;
import io.labforge.model.Resources;

import java.util.EnumSet;
import java.util.Set;

/** The Proxmox VE host itself: documented on the canvas; its host-level steps run over SSH. */
final class ProxmoxHostKind extends BuiltinKind {

    ProxmoxHostKind() {
        super("proxmox-host", "Proxmox VE host", Category.NETWORK, "mdi2s-server",
                ANY, EnumSet.of(Trait.WAN_FACING, Trait.ROUTES), Set.of("nat"),
                new Flavor("pve", "Proxmox VE", Realization.NONE, Resources.UNSET, null));
    }
}
