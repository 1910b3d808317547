package io.labforge.deploy.privilege;

import io.labforge.deploy.plan.Action;
import io.labforge.deploy.plan.Change;
import io.labforge.deploy.plan.DesiredGuest;
import io.labforge.deploy.plan.Plan;
import io.labforge.deploy.plan.Work;
import io.labforge.deploy.port.Guest;
import io.labforge.kind.Realization;

import java.util.ArrayList;
import java.util.List;

/**
 * The privileges applying a deploy or destroy plan needs, change by change (API-NOTES §13): only what
 * the plan actually does, on the paths it does it.
 */
public final class PlanNeeds {

    private PlanNeeds() {
    }

    public static List<Need> of(Plan plan, int major) {
        List<Need> out = new ArrayList<>();
        GuestNeeds guests = new GuestNeeds(out, major);
        String pool = plan.desired().pool();
        for (Change c : plan.actualChanges()) {
            switch (c.type()) {
                case POOL -> out.add(Need.on("Pool.Allocate", "/pool/" + c.id(), (c.action() == Action.DELETE ? "delete" : "create") + " the lab's pool"));
                case BRIDGE -> out.add(Need.on("Sys.Modify", "/nodes/" + c.node(), "create, apply and remove bridges on node " + c.node()));
                case GUEST -> guest(plan, c, pool, guests, out);
                case SDN_ZONE, SDN_VNET, SDN_SUBNET -> sdn(plan, c, out);
                default -> { }
            }
        }
        return out;
    }

    private static void guest(Plan plan, Change c, String pool, GuestNeeds needs, List<Need> out) {
        String id = c.id();
        if (c.needs(Work.REMOVE) && c.existing() != null) {
            GuestNeeds.Paths old = GuestNeeds.Paths.existing(c.existing().vmid(), poolOf(plan, c.existing().vmid(), pool));
            needs.power(id, old);
            needs.allocate(id, old, "delete");
        }
        DesiredGuest d = plan.desired().guest(id).orElse(null);
        if (d == null || c.action() == Action.DELETE) {
            return;
        }
        boolean fresh = c.needs(Work.CREATE);
        GuestNeeds.Paths at = fresh || c.existing() == null ? GuestNeeds.Paths.fresh(pool)
                : GuestNeeds.Paths.existing(c.existing().vmid(), poolOf(plan, c.existing().vmid(), pool));
        boolean cloudInit = d.config().cloudInit() != null && d.realization() != Realization.LXC;
        if (fresh) {
            needs.allocate(id, at, "create");
            if (d.realization() == Realization.VM_FROM_TEMPLATE && c.node() != null) {
                plan.state().template(d.source(), c.node()).ifPresent(t -> out.add(Need.on("VM.Clone", "/vms/" + t.vmid(),
                        "clone template " + t.name() + " for " + id)));
            }
            if (plan.desired().storage() != null) {
                out.add(Need.on("Datastore.AllocateSpace", "/storage/" + plan.desired().storage(), "allocate the disks of " + id));
            }
        }
        if (fresh || c.needs(Work.CONFIGURE) || c.needs(Work.FIREWALL)) {
            needs.configure(id, at, cloudInit);
            needs.bridges(id, d.config().nics().stream().filter(n -> plan.sdn().vnet(n.bridge()).isEmpty()).toList());
            d.config().nics().stream().map(n -> plan.sdn().vnet(n.bridge())).flatMap(java.util.Optional::stream)
                    .forEach(v -> out.add(Need.on("SDN.Use", "/sdn/zones/" + v.zone() + "/" + v.id(), "attach " + id + " to vnet " + v.id())));
        }
        if (c.needs(Work.RESIZE) || (fresh && cloudInit)) {
            needs.disk(id, at);
        }
        if (c.needs(Work.START)) {
            needs.power(id, at);
        }
        if (c.needs(Work.START) || c.needs(Work.PROVISION)) {
            needs.ready(id, d.ready(), at);
        }
        needs.audit(id, at);
    }

    /** SDN.Allocate where Proxmox checks it (API-NOTES §9), and on /sdn for the apply. */
    private static void sdn(Plan plan, Change c, List<Need> out) {
        String id = c.id();
        String path = switch (c.type()) {
            case SDN_ZONE -> c.action() == Action.CREATE ? "/sdn/zones" : "/sdn/zones/" + id;
            case SDN_VNET -> "/sdn/zones/" + zoneOf(plan, id);
            default -> "/sdn/zones/" + zoneOf(plan, id.substring(0, id.indexOf('/'))) + "/" + id.substring(0, id.indexOf('/'));
        };
        out.add(Need.on("SDN.Allocate", path, (c.action() == Action.DELETE ? "remove " : "stage ") + c.type().name().toLowerCase().replace('_', ' ') + " " + id));
        out.add(Need.on("SDN.Allocate", "/sdn", "apply the SDN configuration"));
    }

    private static String zoneOf(Plan plan, String vnet) {
        return plan.sdn().vnet(vnet).or(() -> plan.state().sdn().vnet(vnet)).map(v -> v.zone()).orElse("");
    }

    private static String poolOf(Plan plan, int vmid, String fallback) {
        return plan.state().guest(vmid).map(Guest::pool).orElse(fallback);
    }
}
