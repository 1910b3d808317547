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
 */
public record DesiredLab(String lab, String tag, String pool, String storage, String defaultNode,
                         List<DesiredGuest> guests, List<String> bridges, HostIntent host,
                         Map<String, List<String>> provisionAfter) {

    public DesiredLab {
        guests = List.copyOf(guests);
        bridges = List.copyOf(bridges);
        host = host == null ? HostIntent.NONE : host;
        provisionAfter = Map.copyOf(provisionAfter == null ? Map.of() : provisionAfter);
    }

    /** Guests and bridges only: no host steps, no provisioning order. */
    public DesiredLab(String lab, String tag, String pool, String storage, String defaultNode,
                      List<DesiredGuest> guests, List<String> bridges) {
        this(lab, tag, pool, storage, defaultNode, guests, bridges, HostIntent.NONE, Map.of());
    }

    public Optional<DesiredGuest> guest(String id) {
        return guests.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    /** The same lab wanting nothing: what destroy plans towards. */
    public DesiredLab empty() {
        return new DesiredLab(lab, tag, pool, storage, defaultNode, List.of(), List.of(), HostIntent.NONE, Map.of());
    }
}
