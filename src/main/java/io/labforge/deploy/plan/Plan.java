package io.labforge.deploy.plan;

import io.labforge.deploy.journal.JournalState;
import io.labforge.deploy.port.ClusterState;
import io.labforge.deploy.port.SdnState;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of planning: what a deploy (or destroy) would change, per resource and property.
 * The command line and the window show the same object. Nothing has changed yet.
 *
 * @param lab      lab name
 * @param changes  one entry per resource, unchanged ones included
 * @param warnings things worth knowing that change nothing (e.g. a guest carrying the lab's marker
 *                 this machine's journal does not know)
 * @param blockers reasons the plan cannot be applied (e.g. a template is missing)
 * @param desired  what the lab wants
 * @param state    the cluster as read
 * @param journal  the journal as replayed
 * @param sdn      the SDN zones, vnets and subnets the lab wants (for networks that span nodes)
 */
public record Plan(String lab, List<Change> changes, List<String> warnings, List<String> blockers,
                   DesiredLab desired, ClusterState state, JournalState journal, SdnState sdn) {

    public Plan {
        changes = List.copyOf(changes);
        warnings = List.copyOf(warnings);
        blockers = List.copyOf(blockers);
        sdn = sdn == null ? SdnState.EMPTY : sdn;
    }

    /** The same plan with other warnings and blockers. */
    public Plan withNotes(List<String> newWarnings, List<String> newBlockers) {
        return new Plan(lab, changes, newWarnings, newBlockers, desired, state, journal, sdn);
    }

    /** True when applying would change nothing. */
    public boolean isEmpty() {
        return changes.stream().noneMatch(Change::isChange);
    }

    public boolean hasDrift() {
        return changes.stream().anyMatch(Change::drift);
    }

    public List<Change> actualChanges() {
        return changes.stream().filter(Change::isChange).toList();
    }

    public Optional<Change> change(ResourceType type, String id) {
        return changes.stream().filter(c -> c.type() == type && c.id().equals(id)).findFirst();
    }

    public Map<Action, Integer> counts() {
        Map<Action, Integer> m = new EnumMap<>(Action.class);
        for (Action a : Action.values()) {
            m.put(a, 0);
        }
        changes.forEach(c -> m.merge(c.action(), 1, Integer::sum));
        return m;
    }

    /** One line such as "3 to create, 1 to update, 0 to replace, 0 to delete, 5 unchanged". */
    public String summary() {
        Map<Action, Integer> c = counts();
        return c.get(Action.CREATE) + " to create, " + c.get(Action.UPDATE) + " to update, "
                + c.get(Action.REPLACE) + " to replace, " + c.get(Action.DELETE) + " to delete, "
                + c.get(Action.UNCHANGED) + " unchanged";
    }
}
