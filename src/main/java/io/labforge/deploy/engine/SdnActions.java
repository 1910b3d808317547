package io.labforge.deploy.engine;

import io.labforge.deploy.journal.Journal;
import io.labforge.deploy.journal.JournalEntry;
import io.labforge.deploy.journal.JournalState;
import io.labforge.deploy.plan.Action;
import io.labforge.deploy.plan.Change;
import io.labforge.deploy.plan.PropertyChange;
import io.labforge.deploy.plan.ResourceType;
import io.labforge.deploy.port.ClusterException;
import io.labforge.deploy.port.ClusterException.Failure;
import io.labforge.deploy.port.SdnState;
import io.labforge.deploy.port.SdnSubnet;
import io.labforge.deploy.port.SdnVnet;
import io.labforge.deploy.port.SdnZone;
import io.labforge.deploy.port.TaskLog;

/**
 * What the SDN steps do. A zone or vnet is journalled as the lab's before the call that creates it (it was
 * missing when planned, so if it exists after a crash it is ours); removals are journalled after the call.
 */
final class SdnActions {

    private final RunContext ctx;

    SdnActions(RunContext ctx) {
        this.ctx = ctx;
    }

    void execute(Step s, TaskLog log) throws ClusterException {
        String r = s.resource();
        SdnState want = ctx.plan.sdn();
        switch (s.kind()) {
            case SDN_ZONE -> {
                SdnZone z = want.zone(r).orElseThrow(() -> missing("zone", r));
                if (create(ResourceType.SDN_ZONE, r, "zone")) {
                    ignoreExisting(() -> ctx.cluster.createSdnZone(z, log));
                } else if (changesSettings(ResourceType.SDN_ZONE, r)) {
                    ctx.cluster.updateSdnZone(z, log);
                }
            }
            case SDN_VNET -> {
                SdnVnet v = want.vnet(r).orElseThrow(() -> missing("vnet", r));
                if (create(ResourceType.SDN_VNET, r, "vnet")) {
                    ignoreExisting(() -> ctx.cluster.createSdnVnet(v, log));
                } else if (changesSettings(ResourceType.SDN_VNET, r)) {
                    ctx.cluster.updateSdnVnet(v, log);
                }
            }
            case SDN_SUBNET -> subnet(r, log);
            case SDN_APPLY -> ctx.cluster.applySdn(log);
            case SDN_SUBNET_DELETE -> {
                String vnet = r.substring(0, r.indexOf('/'));
                // one this run staged (roll back) is not in the state the plan read: its id is the one planned
                String id = existingSubnet(r).or(() -> plannedSubnet(r)).map(SdnSubnet::id).orElse(null);
                if (id != null) {
                    ignoreMissing(() -> ctx.cluster.deleteSdnSubnet(vnet, id, log));
                }
            }
            case SDN_VNET_DELETE -> {
                ignoreMissing(() -> ctx.cluster.deleteSdnVnet(r, log));
                ctx.journal(Journal.entry(JournalEntry.SDN_DELETED).resource(JournalState.sdnKey("vnet", r)));
            }
            case SDN_ZONE_DELETE -> {
                ignoreMissing(() -> ctx.cluster.deleteSdnZone(r, log));
                ctx.journal(Journal.entry(JournalEntry.SDN_DELETED).resource(JournalState.sdnKey("zone", r)));
            }
            default -> throw new IllegalArgumentException(s.kind() + " is not an SDN step");
        }
    }

    private void subnet(String key, TaskLog log) throws ClusterException {
        String vnet = key.substring(0, key.indexOf('/'));
        String cidr = key.substring(key.indexOf('/') + 1);
        SdnSubnet want = ctx.plan.sdn().subnetsOf(vnet).stream().filter(x -> x.cidr().equals(cidr)).findFirst()
                .orElseThrow(() -> missing("subnet", key));
        if (change(ResourceType.SDN_SUBNET, key).action() == Action.CREATE) {
            ignoreExisting(() -> ctx.cluster.createSdnSubnet(want, log));
        } else if (changesSettings(ResourceType.SDN_SUBNET, key)) {
            String id = existingSubnet(key).map(SdnSubnet::id).orElse(want.id());
            ctx.cluster.updateSdnSubnet(new SdnSubnet(id, vnet, cidr, want.gateway(), want.snat(), false), log);
        }
    }

    static String title(Step s) {
        String r = s.resource();
        return switch (s.kind()) {
            case SDN_ZONE -> "stage SDN zone " + r;
            case SDN_VNET -> "stage SDN vnet " + r;
            case SDN_SUBNET -> "stage subnet " + r.substring(r.indexOf('/') + 1) + " of vnet " + r.substring(0, r.indexOf('/'));
            case SDN_APPLY -> SdnSteps.CLEANUP.equals(r) ? "apply the SDN removals" : "apply the SDN configuration";
            case SDN_SUBNET_DELETE -> "remove subnet " + r.substring(r.indexOf('/') + 1) + " of vnet " + r.substring(0, r.indexOf('/'));
            case SDN_VNET_DELETE -> "remove SDN vnet " + r;
            case SDN_ZONE_DELETE -> "remove SDN zone " + r;
            default -> s.id();
        };
    }

    /** Whether the plan creates it; if so, journals it as the lab's first. */
    private boolean create(ResourceType type, String id, String kind) {
        if (change(type, id).action() != Action.CREATE) {
            return false;
        }
        ctx.journal(Journal.entry(JournalEntry.SDN_CREATED).resource(JournalState.sdnKey(kind, id)));
        ctx.sdnCreated.add(JournalState.sdnKey(kind, id));
        return true;
    }

    /** An update that changes settings, not only one that applies what is staged. */
    private boolean changesSettings(ResourceType type, String id) {
        return change(type, id).properties().stream().map(PropertyChange::name).anyMatch(n -> !n.equals("applied"));
    }

    private Change change(ResourceType type, String id) {
        return ctx.plan.change(type, id).orElseThrow(() -> new IllegalStateException("no planned change for " + id));
    }

    private java.util.Optional<SdnSubnet> existingSubnet(String key) {
        String vnet = key.substring(0, key.indexOf('/'));
        String cidr = key.substring(key.indexOf('/') + 1);
        return ctx.plan.state().sdn().subnetsOf(vnet).stream().filter(x -> x.cidr().equals(cidr)).findFirst();
    }

    private java.util.Optional<SdnSubnet> plannedSubnet(String key) {
        String vnet = key.substring(0, key.indexOf('/'));
        String cidr = key.substring(key.indexOf('/') + 1);
        return ctx.plan.sdn().subnetsOf(vnet).stream().filter(x -> x.cidr().equals(cidr)).findFirst();
    }

    private static ClusterException missing(String what, String id) {
        return new ClusterException(Failure.OTHER, "the plan has no SDN " + what + " " + id);
    }

    private interface Call {
        void run() throws ClusterException;
    }

    /** A retried create whose first attempt went through finds the object there. */
    private static void ignoreExisting(Call call) throws ClusterException {
        try {
            call.run();
        } catch (ClusterException e) {
            if (e.failure() != Failure.ALREADY_EXISTS) {
                throw e;
            }
        }
    }

    private static void ignoreMissing(Call call) throws ClusterException {
        try {
            call.run();
        } catch (ClusterException e) {
            if (e.failure() != Failure.NOT_FOUND) {
                throw e;
            }
        }
    }
}
