package io.labforge.edit;

import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.NetworkKind;
import io.labforge.model.Position;

/**
 * Adds a network of one zone. It gets the next free {@code 10.10.N.0/24} subnet (N = 10, 20, ...)
 * with {@code .1} as gateway, the lab's internal bridge and VLAN N; a WAN gets {@code vmbr0}
 * and DHCP from the uplink.
 */
public record AddNetwork(NetworkKind kind, Position at) implements Command {

    @Override
    public String description() {
        return "Add " + kind.label() + " network";
    }

    @Override
    public Lab apply(Lab lab) {
        String id = Ids.unique(kind.id(), Ids.taken(lab));
        return lab.withNetwork(create(lab, id)).withPosition(id, at);
    }

    private Network create(Lab lab, String id) {
        if (kind == NetworkKind.WAN) {
            return Network.of(id, kind, "vmbr0", null, null, null);
        }
        for (int n = 10; n < 250; n += 10) {
            int third = n;
            String cidr = "10.10." + n + ".0/24";
            boolean free = lab.networks().stream().noneMatch(x -> cidr.equals(x.cidr()));
            boolean vlanFree = lab.networks().stream().noneMatch(x -> Integer.valueOf(third).equals(x.vlan()));
            if (free && vlanFree) {
                return Network.of(id, kind, "vmbr1", n, cidr, "10.10." + n + ".1");
            }
        }
        return Network.of(id, kind, "vmbr1", null, null, null);
    }
}
