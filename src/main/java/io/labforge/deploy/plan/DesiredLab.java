package io.labforge.deploy.plan;

import java.util.List;
import java.util.Optional;

/**
 * Everything a lab wants on Proxmox.
 *
 * @param lab         lab name
 * @param tag         the tag on every guest
 * @param pool        resource pool holding the guests
 * @param storage     storage for disks, {@code null}: the node's default
 * @param defaultNode node for guests that are not pinned, {@code null}: placed by capacity
 * @param guests      the guests, in lab order
 * @param bridges     bridges the guests' NICs need
 */
public record DesiredLab(String lab, String tag, String pool, String storage, String defaultNode,
                         List<DesiredGuest> guests, List<String> bridges) {

    public DesiredLab {
        guests = List.copyOf(guests);
        bridges = List.copyOf(bridges);
    }

    public Optional<DesiredGuest> guest(String id) {
        return guests.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    /** The same lab wanting nothing: what destroy plans towards. */
    public DesiredLab empty() {
        return new DesiredLab(lab, tag, pool, storage, defaultNode, List.of(), List.of());
    }
}
