package io.labforge.deploy.engine;

import io.labforge.deploy.plan.DesiredLab;
import io.labforge.deploy.plan.HostState;
import io.labforge.deploy.port.ClusterException;
import io.labforge.deploy.port.NodeShell;
import io.labforge.deploy.provision.HostStep;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Asks the nodes' shells, with each host step's read-only check, what is already in place. */
final class HostChecks {

    /** The plan's advice when a lab needs host steps and no node shell is configured. */
    static final String HOW_TO_CONFIGURE = "To have Labforge do them, give it root SSH on the node: "
            + "--node-ssh root@HOST[:PORT] on plan/deploy/destroy, or 'nodeSsh: root@HOST' in the connection profile "
            + "(key login, host key checked against known_hosts; see docs/host-steps.md).";

    private HostChecks() {
    }

    static HostState read(DesiredLab desired, Optional<NodeShell> shell) {
        if (shell.isEmpty()) {
            return HostState.unavailable(HOW_TO_CONFIGURE);
        }
        Map<String, Boolean> inPlace = new LinkedHashMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, String> unreachable = new HashMap<>();
        for (HostStep s : desired.host().steps()) {
            String down = unreachable.get(s.node());
            if (down != null) {
                problems.put(s.key(), down);
                continue;
            }
            try {
                inPlace.put(s.key(), shell.get().run(s.node(), s.checkCommand(), line -> { }) == 0);
            } catch (ClusterException e) {
                String m = shell.get().describe(s.node()) + ": " + e.getMessage();
                unreachable.put(s.node(), m);
                problems.put(s.key(), m);
            }
        }
        return new HostState(inPlace, Optional.empty(), problems);
    }
}
