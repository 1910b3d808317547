package io.labforge.deploy.power;

import io.labforge.deploy.engine.CancelToken;
import io.labforge.deploy.engine.EngineSettings;
import io.labforge.deploy.engine.RetryingRead;
import io.labforge.deploy.engine.RunResult;
import io.labforge.deploy.event.DeployListener;
import io.labforge.deploy.journal.GuestRecord;
import io.labforge.deploy.journal.Journal;
import io.labforge.deploy.journal.JournalState;
import io.labforge.deploy.plan.DesiredLab;
import io.labforge.deploy.plan.Plan;
import io.labforge.deploy.plan.Planner;
import io.labforge.deploy.port.AccessCheck;
import io.labforge.deploy.port.Cluster;
import io.labforge.deploy.port.ClusterException;
import io.labforge.deploy.port.ClusterState;
import io.labforge.deploy.port.ReadScope;
import io.labforge.deploy.privilege.Missing;
import io.labforge.deploy.privilege.PrivilegeGate;
import io.labforge.deploy.privilege.Refusal;
import io.labforge.kind.NodeKinds;
import io.labforge.model.Lab;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Start or stop a whole lab, as the command line and the window do it: read the cluster and the journal,
 * find the guests the lab owns (exactly as the deploy planner does), put them into tiers, check the
 * token's privileges, then run. Nothing changes before {@link #run}.
 */
public final class LabPower {

    private final Cluster cluster;
    private final Journal journal;
    private final EngineSettings settings;

    public LabPower(Cluster cluster, Journal journal, EngineSettings settings) {
        this.cluster = cluster;
        this.journal = journal;
        this.settings = settings;
    }

    /** What starting or stopping {@code lab} would do; its blockers say why it cannot (privileges). */
    public PowerPlan plan(Lab lab, NodeKinds kinds, DesiredLab desired, Direction direction) throws ClusterException, IOException {
        JournalState known = journal.state();
        Set<Integer> vmids = known.guests().values().stream().map(GuestRecord::vmid).collect(Collectors.toSet());
        ClusterState state = RetryingRead.read(cluster, settings, new ReadScope(desired.tag(), desired.pool(), vmids));
        Plan ownership = new Planner().plan(desired, state, known);
        PowerPlan plan = PowerPlanner.plan(lab, kinds, ownership, direction);
        Optional<AccessCheck> access = cluster.access();
        if (access.isEmpty() || plan.guests().isEmpty()) {
            return plan;
        }
        List<Missing> missing = PrivilegeGate.missing(PowerNeeds.of(plan, access.get().majorVersion()), access.get());
        return missing.isEmpty() ? plan
                : plan.withBlockers(List.of(Refusal.text(direction.verb() + " lab '" + lab.name() + "'", access.get().principal(), missing)));
    }

    public RunResult run(PowerPlan plan, PowerOptions options, CancelToken cancel, DeployListener listener) throws InterruptedException {
        return new PowerRunner(cluster, settings).run(plan, options, cancel, listener);
    }

}
