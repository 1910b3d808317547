package io.labforge.deploy.plan;

import io.labforge.deploy.provision.HostStep;

import java.util.List;

/**
 * The steps a lab wants on the Proxmox hosts themselves (NAT for networks without an uplink), or
 * why they could not be worked out.
 *
 * @param steps    in apply order
 * @param problems errors in the lab's host settings (each blocks the plan)
 */
public record HostIntent(List<HostStep> steps, List<String> problems) {

    public static final HostIntent NONE = new HostIntent(List.of(), List.of());

    public HostIntent {
        steps = List.copyOf(steps);
        problems = List.copyOf(problems);
    }
}
