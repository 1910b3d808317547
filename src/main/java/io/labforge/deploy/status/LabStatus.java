package io.labforge.deploy.status;

import java.time.Instant;
import java.util.List;

/**
 * The lab's guests as the cluster has them at {@code readAt}.
 *
 * @param inSync   whether a deploy would change nothing
 * @param warnings the plan's warnings, in plain words
 */
public record LabStatus(Instant readAt, List<GuestStatus> guests, boolean inSync, List<String> warnings) {

    public LabStatus {
        guests = List.copyOf(guests);
        warnings = List.copyOf(warnings);
    }

    /** Whether any of the lab's guests is on the cluster. */
    public boolean anyDeployed() {
        return guests.stream().anyMatch(g -> !g.missing());
    }

    public long count(java.util.function.Predicate<GuestStatus> p) {
        return guests.stream().filter(p).count();
    }
}
