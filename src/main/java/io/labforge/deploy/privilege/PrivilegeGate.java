package io.labforge.deploy.privilege;

import io.labforge.deploy.plan.Plan;
import io.labforge.deploy.port.AccessCheck;
import io.labforge.deploy.port.Cluster;
import io.labforge.deploy.port.ClusterException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares what a run needs with what the token holds, before anything changes. Each ACL path is asked
 * once per check; a need is met when any of its accepted paths holds the privilege.
 */
public final class PrivilegeGate {

    private PrivilegeGate() {
    }

    public static List<Missing> missing(List<Need> needs, AccessCheck access) throws ClusterException {
        Map<String, Set<String>> held = new HashMap<>();
        Map<String, Missing> out = new LinkedHashMap<>();
        Map<String, Integer> uses = new HashMap<>();
        for (Need n : needs) {
            boolean ok = false;
            for (String path : n.anyOf()) {
                Set<String> privs = held.get(path);
                if (privs == null) {
                    privs = access.privileges(path);
                    held.put(path, privs);
                }
                ok |= privs.contains(n.privilege());
            }
            if (!ok) {
                String key = n.privilege() + " " + n.anyOf().get(0);
                out.putIfAbsent(key, new Missing(n.privilege(), n.anyOf().get(0), n.grantOn(), n.why()));
                uses.merge(key, 1, Integer::sum);
            }
        }
        // one line per privilege and path: "to start and stop gw and 2 more"
        return out.entrySet().stream().map(e -> {
            Missing m = e.getValue();
            int more = uses.get(e.getKey()) - 1;
            return more == 0 ? m : new Missing(m.privilege(), m.path(), m.grantOn(), m.why() + " and " + more + " more");
        }).toList();
    }

    /**
     * {@code plan} with one more blocker when the token lacks a privilege applying it needs; unchanged
     * when nothing is to change or the cluster cannot report permissions. A failed permission read
     * becomes a warning: the run then meets Proxmox's own 403 instead.
     */
    public static Plan guard(Plan plan, Cluster cluster, String action) {
        Optional<AccessCheck> access = cluster.access();
        if (plan.isEmpty() || access.isEmpty()) {
            return plan;
        }
        List<String> warnings = new ArrayList<>(plan.warnings());
        List<String> blockers = new ArrayList<>(plan.blockers());
        try {
            List<Missing> missing = missing(PlanNeeds.of(plan, access.get().majorVersion()), access.get());
            if (!missing.isEmpty()) {
                blockers.add(Refusal.text(action, access.get().principal(), missing));
            }
        } catch (ClusterException e) {
            warnings.add("could not read the token's permissions (" + e.getMessage() + "); privileges are not checked up front");
        }
        return plan.withNotes(warnings, blockers);
    }
}
