package io.labforge.deploy.status;

import io.labforge.deploy.engine.DeployEngine;
import io.labforge.deploy.event.DeployListener;
import io.labforge.deploy.plan.Action;
import io.labforge.deploy.plan.Change;
import io.labforge.deploy.plan.DesiredLab;
import io.labforge.deploy.plan.Plan;
import io.labforge.deploy.plan.ResourceType;
import io.labforge.deploy.port.Cluster;
import io.labforge.deploy.port.ClusterException;
import io.labforge.deploy.port.Guest;
import io.labforge.deploy.port.PowerState;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a lab's status: the engine's plan says which guests exist, where, whether they run and whether
 * they drifted; one more read per running guest gives its addresses. Reads only, changes nothing.
 */
public final class StatusReader {

    private final DeployEngine engine;
    private final Cluster cluster;
    private final Clock clock;

    public StatusReader(DeployEngine engine, Cluster cluster, Clock clock) {
        this.engine = engine;
        this.cluster = cluster;
        this.clock = clock;
    }

    public LabStatus read(DesiredLab desired) throws ClusterException, IOException {
        Plan plan = engine.plan(desired, DeployListener.NONE);
        List<GuestStatus> guests = new ArrayList<>();
        for (Change c : plan.changes()) {
            if (c.type() != ResourceType.GUEST) {
                continue;
            }
            if (c.existing() == null) {
                guests.add(new GuestStatus(c.id(), null, null, null, List.of(), c.action(), false));
                continue;
            }
            if (c.action() == Action.DELETE) {
                // not in the lab any more: the plan did not compare it, so read it as it is
                Optional<Guest> g = cluster.guest(c.existing().vmid());
                guests.add(g.isEmpty()
                        ? new GuestStatus(c.id(), null, null, null, List.of(), c.action(), false)
                        : new GuestStatus(c.id(), c.existing().vmid(), g.get().ref().node(), g.get().status(),
                        g.get().addresses(), c.action(), false));
                continue;
            }
            PowerState power = power(c);
            List<String> addresses = power == PowerState.RUNNING ? cluster.addresses(c.existing()) : List.of();
            guests.add(new GuestStatus(c.id(), c.existing().vmid(), c.existing().node(), power, addresses, c.action(),
                    configDrift(c)));
        }
        return new LabStatus(clock.instant(), guests, plan.isEmpty(), plan.warnings());
    }

    /** The plan records a guest that is not running as a "power" change from its actual state. */
    private static PowerState power(Change c) {
        return c.properties().stream().filter(p -> "power".equals(p.name())).findFirst()
                .map(p -> "stopped".equals(p.from()) ? PowerState.STOPPED : PowerState.UNKNOWN)
                .orElse(PowerState.RUNNING);
    }

    /** Drift in the configuration; a guest merely powered off shows as stopped, not as drift. */
    private static boolean configDrift(Change c) {
        return c.properties().stream().anyMatch(p -> p.drift() && !"power".equals(p.name()));
    }
}
