package io.labforge.deploy.plan;

import java.util.List;
import java.util.Map;
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
 * @param host        steps on the Proxmox hosts themselves (NAT for networks without an uplink)
 * @param provisionAfter lab node id → ids whose provisioning must finish before its own starts
 * @param networks    the lab's networks (an SDN vnet is planned for each that spans nodes)
 */
public record DesiredLab(String lab, String tag, String pool, String storage, String defaultNode,
                         List<DesiredGuest> guests, List<String> bridges, HostIntent host,
                         Map<String, List<String>> provisionAfter, List<DesiredNetwork> networks) {

    public DesiredLab {
        guests = List.copyOf(guests);
        bridges = List.copyOf(bridges);
        host = host == null ? HostIntent.NONE : host;
        provisionAfter = Map.copyOf(provisionAfter == null ? Map.of() : provisionAfter);
        networks = List.copyOf(networks == null ? List.of() : networks);
    }

    /** No network list: no network will become an SDN vnet. */
    public DesiredLab(String lab, String tag, String pool, String storage, String defaultNode,
                      List<DesiredGuest> guests, List<String> bridges, HostIntent host,
                      Map<String, List<String>> provisionAfter) {
        this(lab, tag, pool, storage, defaultNode, guests, bridges, host, provisionAfter, List.of());
    }

    /** Guests and bridges only: no host steps, no provisioning order, no SDN. */
    public DesiredLab(String lab, String tag, String pool, String storage, String defaultNode,
                      List<DesiredGuest> guests, List<String> bridges) {
        this(lab, tag, pool, storage, defaultNode, guests, bridges, HostIntent.NONE, Map.of(), List.of());
    }

    public Optional<DesiredGuest> guest(String id) {
        return guests.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    public Optional<DesiredNetwork> network(String id) {
        return networks.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /** The same lab with other guests (e.g. with NICs moved onto SDN vnets). */
    public DesiredLab withGuests(List<DesiredGuest> newGuests) {
        return new DesiredLab(lab, tag, pool, storage, defaultNode, newGuests, bridges, host, provisionAfter, networks);
    }

    /** The same lab wanting nothing: what destroy plans towards. */
    public DesiredLab empty() {
        return new DesiredLab(lab, tag, pool, storage, defaultNode, List.of(), List.of(), HostIntent.NONE, Map.of(), networks);
    }
}
