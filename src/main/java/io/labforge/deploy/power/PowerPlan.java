package io.labforge.deploy.power;

import java.util.List;

/**
 * What a start or stop of the whole lab will do, before it does anything.
 *
 * @param lab       lab name
 * @param direction start or stop
 * @param tiers     the tiers in the order they run (start: tier 1 first; stop: the last tier first)
 * @param warnings  things worth knowing that change nothing (guests not deployed, dependency cycles)
 * @param blockers  reasons it cannot run (missing privileges)
 */
public record PowerPlan(String lab, Direction direction, List<Tier> tiers, List<String> warnings, List<String> blockers) {

    public PowerPlan {
        tiers = List.copyOf(tiers);
        warnings = List.copyOf(warnings);
        blockers = List.copyOf(blockers);
    }

    public List<PowerTarget> guests() {
        return tiers.stream().flatMap(t -> t.guests().stream()).toList();
    }

    public PowerPlan withBlockers(List<String> more) {
        return new PowerPlan(lab, direction, tiers, warnings, java.util.stream.Stream.concat(blockers.stream(), more.stream()).toList());
    }

    /** One line such as "start 14 guests in 6 tiers". */
    public String summary() {
        int n = guests().size();
        return direction.verb() + " " + n + (n == 1 ? " guest" : " guests") + " in " + tiers.size() + (tiers.size() == 1 ? " tier" : " tiers");
    }
}
