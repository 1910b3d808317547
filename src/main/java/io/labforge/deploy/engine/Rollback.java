package io.labforge.deploy.engine;

import io.labforge.deploy.journal.Journal;
import io.labforge.deploy.journal.JournalEntry;
import io.labforge.deploy.plan.Marker;
import io.labforge.deploy.port.ClusterException;
import io.labforge.deploy.port.Guest;
import io.labforge.deploy.port.GuestRef;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Removes what one run created, newest first: its guests (also half-created ones, found by their
 * reserved VMID and marker), the host steps it ran, the SDN zones and vnets it added, the bridges it added, and the pool if it made it. Guests the run only
 * changed are left as they are; a guest the run replaced cannot be brought back.
 */
final class Rollback {

    private final RunContext ctx;
    private final StepRunner runner;
    private final List<String> problems = new ArrayList<>();

    Rollback(RunContext ctx, StepRunner runner) {
        this.ctx = ctx;
        this.runner = runner;
    }

    /** Returns what could not be removed, in plain words (empty when everything went). */
    List<String> run() throws InterruptedException {
        List<Map.Entry<String, GuestRef>> reserved = new ArrayList<>(ctx.reserved);
        for (int i = reserved.size() - 1; i >= 0; i--) {
            String id = reserved.get(i).getKey();
            GuestRef ref = reserved.get(i).getValue();
            Optional<Guest> there = look(ref);
            if (there.isPresent() && Marker.nodeOf(there.get().description(), ctx.plan.lab()).map(id::equals).orElse(false)) {
                ctx.refs.put(id, ref);
                step(new Step(StepKind.STOP, id, ref.node(), null));
                step(new Step(StepKind.DELETE, id, ref.node(), null));
            } else if (there.isEmpty()) {
                ctx.journal(Journal.entry(JournalEntry.DELETED).resource(id).guest(ref.vmid(), ref.node(), ref.type()));
            }
        }
        removeSdn();
        List<Map.Entry<String, String>> host = new ArrayList<>(ctx.hostApplied.entrySet());
        for (int i = host.size() - 1; i >= 0; i--) {
            String key = host.get(i).getKey();
            step(new Step(StepKind.HOST_REMOVE, key, HostStepActions.nodeOf(key), null));
        }
        Set<String> nodes = new LinkedHashSet<>();
        List<String> bridges = new ArrayList<>(ctx.bridgesCreated);
        for (int i = bridges.size() - 1; i >= 0; i--) {
            String key = bridges.get(i);
            String node = key.substring(0, key.indexOf('/'));
            nodes.add(node);
            step(new Step(StepKind.BRIDGE_DELETE, key, node, null));
        }
        nodes.forEach(n -> step(new Step(StepKind.NETWORK_APPLY, n, n, null)));
        if (ctx.poolCreated) {
            step(new Step(StepKind.POOL_DELETE, ctx.plan.desired().pool(), null, null));
        }
        return problems;
    }

    /** Vnets the run created (with their subnets), then its zones, then one apply. */
    private void removeSdn() {
        List<String> created = new ArrayList<>(ctx.sdnCreated);
        if (created.isEmpty()) {
            return;
        }
        for (int i = created.size() - 1; i >= 0; i--) {
            String key = created.get(i);
            String id = key.substring(key.indexOf('/') + 1);
            if (key.startsWith("vnet/")) {
                ctx.plan.sdn().subnetsOf(id).forEach(sub -> step(new Step(StepKind.SDN_SUBNET_DELETE, id + "/" + sub.cidr(), null, null)));
                step(new Step(StepKind.SDN_VNET_DELETE, id, null, null));
            }
        }
        for (int i = created.size() - 1; i >= 0; i--) {
            String key = created.get(i);
            if (key.startsWith("zone/")) {
                step(new Step(StepKind.SDN_ZONE_DELETE, key.substring(key.indexOf('/') + 1), null, null));
            }
        }
        step(new Step(StepKind.SDN_APPLY, SdnSteps.CLEANUP, null, null));
    }

    private Optional<Guest> look(GuestRef ref) {
        try {
            return ctx.cluster.guest(ref.vmid());
        } catch (ClusterException e) {
            problems.add("unable to look at " + ref + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private void step(Step s) {
        try {
            runner.run(s, 0);
        } catch (StepFailedException e) {
            problems.add(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problems.add("interrupted during roll back at " + s.id());
        }
    }
}
