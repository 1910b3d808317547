package io.labforge.deploy.plan;

import io.labforge.deploy.provision.HostStep;

import java.util.List;
import java.util.Map;

/**
 * The steps a lab wants on the Proxmox hosts themselves (NAT for networks without an uplink), or
 * why they could not be worked out.
 *
 * @param steps    in apply order
 * @param problems errors in the lab's host settings (each blocks the plan)
 * @param userData lab node id → generated cloud-init user-data, delivered as a snippet when a node
 *                 shell can write it (see {@code UserDataDelivery})
 */
public record HostIntent(List<HostStep> steps, List<String> problems, Map<String, String> userData) {

    public static final HostIntent NONE = new HostIntent(List.of(), List.of());

    public HostIntent {
        steps = List.copyOf(steps);
        problems = List.copyOf(problems);
        userData = Map.copyOf(userData == null ? Map.of() : userData);
    }

    public HostIntent(List<HostStep> steps, List<String> problems) {
        this(steps, problems, Map.of());
    }
}
