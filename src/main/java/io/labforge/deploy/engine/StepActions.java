package io.labforge.deploy.engine;

import io.labforge.deploy.ProvisioningException;
import io.labforge.deploy.event.ResourceState;
import io.labforge.deploy.journal.Journal;
import io.labforge.deploy.journal.JournalEntry;
import io.labforge.deploy.plan.DesiredGuest;
import io.labforge.deploy.plan.GuestProperties;
import io.labforge.deploy.plan.Marker;
import io.labforge.deploy.port.ClusterException;
import io.labforge.deploy.port.ClusterException.Failure;
import io.labforge.deploy.port.CreateGuest;
import io.labforge.deploy.port.Guest;
import io.labforge.deploy.port.GuestRef;
import io.labforge.deploy.port.GuestSource;
import io.labforge.deploy.port.IpConfig;
import io.labforge.deploy.port.PowerState;
import io.labforge.deploy.port.TaskLog;
import io.labforge.kind.Realization;
import io.labforge.model.Node;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** What each kind of step does on the cluster, and how to tell it already happened. */
final class StepActions {

    private final RunContext ctx;
    private final HostStepActions hostSteps;

    StepActions(RunContext ctx) {
        this.ctx = ctx;
        this.hostSteps = new HostStepActions(ctx);
    }

    void execute(Step s, TaskLog log) throws ClusterException, ProvisioningException {
        String r = s.resource();
        switch (s.kind()) {
            case POOL -> {
                // journalled before the call: the pool was missing when planned, so if it exists after a
                // crash it is ours
                ctx.journal(Journal.entry(JournalEntry.POOL_CREATED).resource(r));
                ctx.poolCreated = true;
                try {
                    ctx.cluster.createPool(r, "Labforge lab " + ctx.plan.lab());
                } catch (ClusterException e) {
                    if (e.failure() != Failure.ALREADY_EXISTS) {
                        throw e;
                    }
                }
            }
            case BRIDGE -> bridge(s, log);
            case NETWORK_APPLY -> ctx.cluster.applyNetwork(s.node(), log);
            case RESERVE -> reserve(s);
            case CREATE -> create(s, log);
            case CONFIGURE -> {
                ctx.status(r, ResourceState.CONFIGURING, null);
                ctx.cluster.configure(ctx.ref(r), ctx.desired(r).config(), log);
            }
            case RESIZE -> resize(s, log);
            case FIREWALL -> ctx.cluster.setFirewall(ctx.ref(r), ctx.desired(r).firewall(), log);
            case START -> start(s, log);
            case WAIT_READY -> waitReady(s, log);
            case PROVISION -> provision(s, log);
            case VERIFY -> verify(s);
            case STOP -> ctx.cluster.stop(ctx.ref(r), log);
            case DELETE -> delete(s, log);
            case BRIDGE_DELETE -> {
                ctx.cluster.deleteBridge(s.node(), bridgeName(r), log);
                ctx.journal(Journal.entry(JournalEntry.BRIDGE_DELETED).resource(r));
            }
            case SDN_ZONE, SDN_VNET, SDN_SUBNET, SDN_APPLY, SDN_SUBNET_DELETE, SDN_VNET_DELETE, SDN_ZONE_DELETE ->
                    new SdnActions(ctx).execute(s, log);
            case HOST -> hostSteps.apply(s, log);
            case HOST_REMOVE -> hostSteps.remove(s, log);
            case POOL_DELETE -> {
                ctx.cluster.deletePool(r);
                ctx.journal(Journal.entry(JournalEntry.POOL_DELETED).resource(r));
            }
        }
    }

    /**
     * Before retrying a call that may have run although it reported an error (the request timed out,
     * the connection broke), look whether its effect is there.
     */
    boolean alreadyDone(Step s) throws ClusterException {
        String r = s.resource();
        return switch (s.kind()) {
            case CREATE -> ours(ctx.cluster.guest(ctx.ref(r).vmid()), r).map(g -> {
                recordCreated(r, ctx.ref(r));
                return true;
            }).orElse(false);
            case DELETE -> {
                boolean gone = ctx.cluster.guest(ctx.ref(r).vmid()).isEmpty();
                if (gone) {
                    recordDeleted(r, ctx.ref(r));
                }
                yield gone;
            }
            case START -> ctx.cluster.guest(ctx.ref(r).vmid()).map(g -> g.status() == PowerState.RUNNING).orElse(false);
            case STOP -> ctx.cluster.guest(ctx.ref(r).vmid()).map(g -> g.status() == PowerState.STOPPED).orElse(true);
            default -> false;
        };
    }

    private void bridge(Step s, TaskLog log) throws ClusterException {
        String name = bridgeName(s.resource());
        Optional<io.labforge.deploy.port.Bridge> staged = ctx.plan.state().bridge(s.node(), name);
        if (staged.isPresent()) {
            // staged but never applied (a run stopped in between): ours only if it carries our marker
            if (Marker.marksBridge(staged.get().comment(), ctx.plan.lab())) {
                ctx.journal(Journal.entry(JournalEntry.BRIDGE_CREATED).resource(s.resource()));
            }
            log.line("bridge " + name + " is staged; the network reload brings it up");
            return;
        }
        ctx.journal(Journal.entry(JournalEntry.BRIDGE_CREATED).resource(s.resource()));
        ctx.bridgesCreated.add(s.resource());
        try {
            ctx.cluster.createBridge(s.node(), name, Marker.bridgeComment(ctx.plan.lab()), log);
        } catch (ClusterException e) {
            if (e.failure() != Failure.ALREADY_EXISTS) {
                throw e;
            }
        }
    }

    private void reserve(Step s) throws ClusterException {
        DesiredGuest d = ctx.desired(s.resource());
        int vmid = ctx.vmids.reserve(d.pinnedVmid(), d.id());
        GuestRef ref = new GuestRef(s.node(), vmid, d.type());
        ctx.journal(Journal.entry(JournalEntry.RESERVED).resource(d.id()).guest(vmid, s.node(), d.type()));
        ctx.refs.put(d.id(), ref);
        ctx.reserved.add(Map.entry(d.id(), ref));
    }

    private void create(Step s, TaskLog log) throws ClusterException {
        DesiredGuest d = ctx.desired(s.resource());
        GuestRef ref = ctx.ref(d.id());
        ctx.status(d.id(), ResourceState.CREATING, null);
        CreateGuest req = new CreateGuest(ref, d.name(), source(d, ref.node()), ctx.plan.desired().storage(),
                ctx.plan.desired().pool(), d.config().description(), d.config());
        try {
            ctx.cluster.createGuest(req, log);
        } catch (ClusterException e) {
            if (e.failure() != Failure.ALREADY_EXISTS) {
                throw e;
            }
            if (ours(ctx.cluster.guest(ref.vmid()), d.id()).isEmpty()) {
                // someone else took the VMID between our check and the call: pick another and let the retry run
                ctx.vmids.burn(ref.vmid());
                GuestRef fresh = new GuestRef(ref.node(), ctx.vmids.reserve(null, d.id()), ref.type());
                ctx.journal(Journal.entry(JournalEntry.RESERVED).resource(d.id()).guest(fresh.vmid(), fresh.node(), fresh.type()));
                ctx.refs.put(d.id(), fresh);
                ctx.reserved.add(Map.entry(d.id(), fresh));
                throw new ClusterException(Failure.TRANSIENT, "VMID " + ref.vmid() + " was taken meanwhile; using " + fresh.vmid());
            }
        }
        recordCreated(d.id(), ref);
    }

    private GuestSource source(DesiredGuest d, String node) throws ClusterException {
        if (d.realization() == Realization.VM_FROM_ISO) {
            return GuestSource.iso(d.source());
        }
        if (d.realization() == Realization.LXC) {
            return GuestSource.containerTemplate(d.source());
        }
        Guest t = ctx.plan.state().template(d.source(), node).orElseThrow(() -> new ClusterException(Failure.NOT_FOUND,
                "template '" + d.source() + "' not found on the cluster"));
        return GuestSource.clone(t.vmid(), t.ref().node());
    }

    private void resize(Step s, TaskLog log) throws ClusterException {
        DesiredGuest d = ctx.desired(s.resource());
        GuestRef ref = ctx.ref(d.id());
        Integer want = d.config().diskGiB();
        Integer have = ctx.cluster.guest(ref.vmid()).map(g -> g.config() == null ? null : g.config().diskGiB()).orElse(null);
        if (want != null && (have == null || have < want)) {
            ctx.cluster.resizeDisk(ref, want, log);
        } else {
            log.line("disk is " + have + " GiB already; nothing to resize");
        }
    }

    private void start(Step s, TaskLog log) throws ClusterException {
        ctx.status(s.resource(), ResourceState.STARTING, null);
        try {
            ctx.cluster.start(ctx.ref(s.resource()), log);
        } catch (ClusterException e) {
            if (e.getMessage() == null || !e.getMessage().contains("already running")) {
                throw e;
            }
        }
    }

    private void waitReady(Step s, TaskLog log) throws ClusterException {
        DesiredGuest d = ctx.desired(s.resource());
        ctx.status(d.id(), ResourceState.WAITING, null);
        List<String> found = ctx.cluster.waitReady(ctx.ref(d.id()), d.ready(), ctx.settings.readyTimeout(), log);
        String expected = d.config().cloudInit() == null ? null : d.config().cloudInit().ipconfigs().stream()
                .map(IpConfig::host).filter(Objects::nonNull).findFirst().orElse(null);
        String address = expected != null && (found.isEmpty() || found.contains(expected)) ? expected
                : found.isEmpty() ? null : found.get(0);
        if (address != null) {
            ctx.addresses.put(d.id(), address);
        }
        ctx.status(d.id(), ResourceState.READY, address);
    }

    private void provision(Step s, TaskLog log) throws ClusterException, ProvisioningException {
        String id = s.resource();
        String address = ctx.addresses.get(id);
        if (address == null) {
            throw new ClusterException(Failure.OTHER, "no address known for " + id + "; cannot provision it");
        }
        Node node = ctx.lab.node(id).orElseThrow();
        ctx.status(id, ResourceState.PROVISIONING, address);
        ctx.hook.provision(ctx.lab, node, address, log::line);
        ctx.journal(Journal.entry(JournalEntry.PROVISIONED).resource(id));
        ctx.status(id, ResourceState.READY, address);
    }

    private void verify(Step s) throws ClusterException {
        DesiredGuest d = ctx.desired(s.resource());
        GuestRef ref = ctx.ref(d.id());
        Guest g = ctx.cluster.guest(ref.vmid()).orElseThrow(() -> new ClusterException(Failure.NOT_FOUND, ref + " is gone"));
        Map<String, String> want = GuestProperties.of(d.type(), d.source(), d.config(), d.firewall());
        Map<String, String> have = GuestProperties.of(g.ref().type(), d.source(), g.config(), g.firewallRules());
        for (Map.Entry<String, String> e : want.entrySet()) {
            if (!Objects.equals(e.getValue(), have.get(e.getKey()))) {
                throw new ClusterException(Failure.OTHER, "verify " + d.id() + ": " + e.getKey() + " is "
                        + have.get(e.getKey()) + ", expected " + e.getValue());
            }
        }
        if (g.status() != PowerState.RUNNING) {
            throw new ClusterException(Failure.OTHER, "verify " + d.id() + ": " + ref + " is " + g.status().name().toLowerCase());
        }
        ctx.journal(Journal.entry(JournalEntry.APPLIED).resource(d.id()).guest(ref.vmid(), ref.node(), ref.type()).props(want));
        ctx.status(d.id(), ResourceState.READY, ctx.addresses.getOrDefault(d.id(), g.addresses().isEmpty() ? null : g.addresses().get(0)));
    }

    private void delete(Step s, TaskLog log) throws ClusterException {
        GuestRef ref = ctx.ref(s.resource());
        ctx.status(s.resource(), ResourceState.DELETING, null);
        try {
            ctx.cluster.delete(ref, log);
        } catch (ClusterException e) {
            if (e.failure() != Failure.NOT_FOUND) {
                throw e;
            }
        }
        recordDeleted(s.resource(), ref);
    }

    private void recordCreated(String id, GuestRef ref) {
        ctx.journal(Journal.entry(JournalEntry.CREATED).resource(id).guest(ref.vmid(), ref.node(), ref.type()));
    }

    private void recordDeleted(String id, GuestRef ref) {
        ctx.journal(Journal.entry(JournalEntry.DELETED).resource(id).guest(ref.vmid(), ref.node(), ref.type()));
        ctx.refs.remove(id, ref);
        ctx.status(id, ResourceState.DELETED, null);
    }

    /** The guest, when it carries this lab's marker for {@code nodeId}. */
    private Optional<Guest> ours(Optional<Guest> g, String nodeId) {
        return g.filter(x -> Marker.nodeOf(x.description(), ctx.plan.lab()).map(nodeId::equals).orElse(false));
    }

    static String bridgeName(String key) {
        return key.substring(key.indexOf('/') + 1);
    }
}
