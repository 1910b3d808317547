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
 * @param networks    the lab's networks (an SDN vnet is planned for each that spans nodes)
 */
public record DesiredLab(String lab, String tag, String pool, String storage, String defaultNode,
                         List<DesiredGuest> guests, List<String> bridges, List<DesiredNetwork> networks) {

    public DesiredLab {
        guests = List.copyOf(guests);
        bridges = List.copyOf(bridges);
        networks = List.copyOf(networks == null ? List.of() : networks);
    }

    /** A lab whose networks are not known (none will become SDN vnets). */
    public DesiredLab(String lab, String tag, String pool, String storage, String defaultNode,
                      List<DesiredGuest> guests, List<String> bridges) {
        this(lab, tag, pool, storage, defaultNode, guests, bridges, List.of());
    }

    public Optional<DesiredNetwork> network(String id) {
        return networks.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /** The same lab with other guests (e.g. with NICs moved onto SDN vnets). */
    public DesiredLab withGuests(List<DesiredGuest> newGuests) {
        return new DesiredLab(lab, tag, pool, storage, defaultNode, newGuests, bridges, networks);
    }

    public Optional<DesiredGuest> guest(String id) {
        return guests.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    /** The same lab wanting nothing: what destroy plans towards. */
    public DesiredLab empty() {
        return new DesiredLab(lab, tag, pool, storage, defaultNode, List.of(), List.of(), networks);
    }
}
