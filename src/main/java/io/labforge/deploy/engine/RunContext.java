package io.labforge.deploy.engine;

import io.labforge.deploy.ProvisioningHook;
import io.labforge.deploy.event.DeployEvent;
import io.labforge.deploy.event.DeployListener;
import io.labforge.deploy.event.ResourceState;
import io.labforge.deploy.journal.Journal;
import io.labforge.deploy.journal.JournalEntry;
import io.labforge.deploy.plan.Change;
import io.labforge.deploy.plan.DesiredGuest;
import io.labforge.deploy.plan.Plan;
import io.labforge.deploy.plan.ResourceType;
import io.labforge.deploy.port.Cluster;
import io.labforge.deploy.port.GuestRef;
import io.labforge.deploy.port.NodeShell;
import io.labforge.model.Lab;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Everything the steps of one run share: the plan, the ports, the journal, and what was made so far. */
final class RunContext {

    final Lab lab;
    final Plan plan;
    final Cluster cluster;
    final Journal journal;
    final ProvisioningHook hook;
    final DeployListener listener;
    final EngineSettings settings;
    /** Root shell on the Proxmox nodes for host steps; empty: none configured. */
    final Optional<NodeShell> nodeShell;
    /** Host steps applied in this run, in order, with the command that undoes each (for roll back). */
    final Map<String, String> hostApplied = Collections.synchronizedMap(new LinkedHashMap<>());
    final VmidAllocator vmids;
    /** Current guest of each lab node id (existing, or reserved in this run). */
    final Map<String, GuestRef> refs = new ConcurrentHashMap<>();
    final Map<String, String> addresses = new ConcurrentHashMap<>();
    /** Reserved in this run, in order: rolled back when asked (whether or not the create finished). */
    final List<Map.Entry<String, GuestRef>> reserved = Collections.synchronizedList(new ArrayList<>());
    final List<String> bridgesCreated = Collections.synchronizedList(new ArrayList<>());
    /** {@code zone/<id>} and {@code vnet/<id>} keys of SDN objects this run created, in order. */
    final List<String> sdnCreated = Collections.synchronizedList(new ArrayList<>());
    volatile boolean poolCreated;

    RunContext(Lab lab, Plan plan, Cluster cluster, Journal journal, ProvisioningHook hook, DeployListener listener,
               EngineSettings settings, Optional<NodeShell> nodeShell) {
        this.lab = lab;
        this.plan = plan;
        this.cluster = cluster;
        this.journal = journal;
        this.hook = hook;
        this.listener = listener;
        this.settings = settings;
        this.nodeShell = nodeShell;
        List<Integer> journalled = plan.journal().guests().values().stream().map(r -> r.vmid()).toList();
        this.vmids = new VmidAllocator(cluster, settings.firstVmid(), VmidAllocator.inUse(plan.state().guests(), journalled));
        for (Change c : plan.changes()) {
            if (c.type() == ResourceType.GUEST && c.existing() != null) {
                refs.put(c.id(), c.existing());
            }
        }
    }

    DesiredGuest desired(String resource) {
        return plan.desired().guest(resource).orElseThrow(() -> new IllegalStateException("no desired guest " + resource));
    }

    Change change(String resource) {
        return plan.change(ResourceType.GUEST, resource).orElseThrow();
    }

    GuestRef ref(String resource) {
        GuestRef r = refs.get(resource);
        if (r == null) {
            throw new IllegalStateException("no VMID reserved for " + resource);
        }
        return r;
    }

    void emit(DeployEvent e) {
        listener.on(e);
    }

    Instant now() {
        return settings.clock().instant();
    }

    void status(String resource, ResourceState state, String address) {
        emit(new DeployEvent.ResourceStatus(now(), resource, state, address));
    }

    void journal(JournalEntry e) {
        journal.append(e);
    }
}
