package io.labforge.deploy.plan;

import io.labforge.deploy.journal.JournalState;
import io.labforge.deploy.journal.JournalState.HostRecord;
import io.labforge.deploy.port.ClusterState;
import io.labforge.deploy.provision.HostStep;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Plans the steps on the Proxmox hosts: create what the check did not find, replace what changed
 * since it was applied, undo what the journal applied and the lab no longer wants. Without a shell
 * on the nodes nothing is planned for them, and a warning says what will not be done and why.
 */
final class HostChanges {

    private HostChanges() {
    }

    static List<Change> plan(DesiredLab desired, ClusterState state, JournalState journal, HostState host,
                             List<String> warnings, List<String> blockers) {
        desired.host().problems().forEach(p -> blockers.add("host steps: " + p));
        List<HostStep> wanted = desired.host().steps();
        Set<String> keys = new LinkedHashSet<>(wanted.stream().map(HostStep::key).toList());
        List<HostRecord> stale = journal.hostSteps().stream().filter(r -> !keys.contains(r.key())).toList();
        if (host.unavailable().isPresent()) {
            if (!wanted.isEmpty()) {
                warnings.add(wanted.size() + " step(s) on the Proxmox host will NOT be done, so guests on "
                        + String.join(", ", networks(wanted)) + " get no NAT to the outside: "
                        + String.join("; ", wanted.stream().map(HostStep::description).toList()) + ". " + host.unavailable().get()
                        + " Or run them yourself: labforge render writes host/nat.sh.");
            }
            long vms = desired.guests().stream().filter(g -> desired.host().userData().containsKey(g.id())).count();
            if (vms > 0) {
                warnings.add("the generated cloud-init user-data of " + vms + " VM(s) will NOT be delivered (it goes to the node"
                        + " as a snippet named by cicustom); they get only user, SSH keys and addresses. " + host.unavailable().get()
                        + " Or copy the rendered user-data to a snippets storage and set cicustom yourself (docs/provisioning.md).");
            }
            if (!stale.isEmpty()) {
                warnings.add(stale.size() + " step(s) Labforge applied on the Proxmox host will NOT be undone ("
                        + String.join(", ", stale.stream().map(HostRecord::key).toList()) + "). " + host.unavailable().get());
            }
            return List.of();
        }
        List<Change> out = new ArrayList<>();
        for (HostStep s : wanted) {
            if (state.nodes().stream().noneMatch(n -> n.name().equals(s.node()))) {
                blockers.add("host step " + s.key() + ": Proxmox node '" + s.node() + "' is not in the cluster (known: "
                        + String.join(", ", state.onlineNodeNames()) + "); pin the proxmox-host element to it with proxmoxNode");
                continue;
            }
            String problem = host.problems().get(s.key());
            if (problem != null) {
                blockers.add("unable to check host step " + s.key() + " on " + s.node() + ": " + problem);
                continue;
            }
            Optional<HostRecord> applied = journal.hostSteps().stream().filter(r -> r.key().equals(s.key())).findFirst();
            boolean there = host.inPlace().getOrDefault(s.key(), false);
            if (applied.isPresent() && !Objects.equals(applied.get().removeCommand(), s.removeCommand())) {
                out.add(change(s.key(), Action.REPLACE, s.description() + " (changed since it was applied: the old one is undone first)", false, s.node()));
            } else if (there) {
                out.add(change(s.key(), Action.UNCHANGED, null, false, s.node()));
            } else {
                boolean drift = applied.isPresent();
                out.add(change(s.key(), Action.CREATE, s.description() + (drift ? " (it was applied before and is gone: done again)" : ""), drift, s.node()));
            }
        }
        for (HostRecord r : stale) {
            out.add(change(r.key(), Action.DELETE, "undo host step " + r.key() + " on " + r.node() + ": the lab no longer needs it", false, r.node()));
        }
        return out;
    }

    private static Change change(String key, Action a, String reason, boolean drift, String node) {
        return new Change(ResourceType.HOST, key, a, reason, List.of(), drift, node, null, Set.of());
    }

    private static Set<String> networks(List<HostStep> steps) {
        Set<String> out = new LinkedHashSet<>();
        steps.forEach(s -> out.addAll(s.networks()));
        return out;
    }
}
