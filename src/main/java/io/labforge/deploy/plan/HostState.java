package io.labforge.deploy.plan;

import java.util.Map;
import java.util.Optional;

/**
 * What the Proxmox hosts' shells said about the lab's host steps, read before planning.
 *
 * @param inPlace      step key → whether its check command found it in place
 * @param unavailable  why no host could be asked (no node SSH configured), empty: they were asked
 * @param problems     checks that could not run (the SSH login failed), by step key
 */
public record HostState(Map<String, Boolean> inPlace, Optional<String> unavailable, Map<String, String> problems) {

    public HostState {
        inPlace = Map.copyOf(inPlace);
        problems = Map.copyOf(problems);
    }

    /** No shell on the nodes: host steps cannot be checked or run; {@code how} says how to configure one. */
    public static HostState unavailable(String how) {
        return new HostState(Map.of(), Optional.of(how), Map.of());
    }
}
