package io.labforge.deploy.engine;

import io.labforge.deploy.plan.Action;
import io.labforge.deploy.plan.Change;
import io.labforge.deploy.plan.DesiredGuest;
import io.labforge.deploy.plan.Plan;
import io.labforge.deploy.port.NicConfig;
import io.labforge.deploy.port.SdnVnet;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The SDN part of the step graph. Staging: node networks applied → zones → their vnets → their subnets → one
 * cluster-wide apply → the guests whose NICs use a vnet are configured and started. Removal: guests deleted or
 * moved off → subnets → vnets → zones → a second apply → node bridges removed.
 */
final class SdnSteps {

    /** Resource ids of the two applies. */
    static final String APPLY = "sdn";
    static final String CLEANUP = "sdn-cleanup";

    private final StepGraph g;
    private final Plan plan;
    private final List<Step> staged = new ArrayList<>();
    private final List<Step> removed = new ArrayList<>();

    private SdnSteps(StepGraph g, Plan plan) {
        this.g = g;
        this.plan = plan;
    }

    /** Adds the SDN steps to a graph that already holds the pool, bridge and guest steps. */
    static void add(StepGraph g, Plan plan) {
        new SdnSteps(g, plan).build();
    }

    private void build() {
        for (Change c : plan.actualChanges()) {
            switch (c.type()) {
                case SDN_ZONE -> step(c, StepKind.SDN_ZONE, StepKind.SDN_ZONE_DELETE);
                case SDN_VNET -> step(c, StepKind.SDN_VNET, StepKind.SDN_VNET_DELETE);
                case SDN_SUBNET -> step(c, StepKind.SDN_SUBNET, StepKind.SDN_SUBNET_DELETE);
                default -> { }
            }
        }
        if (!staged.isEmpty()) {
            Step apply = add(StepKind.SDN_APPLY, APPLY);
            stagingOrder();
            staged.forEach(s -> g.order(s, apply));
            // a vlan zone needs its bridge up: a bridge staged but not applied is applied first
            Set<String> zoneBridges = plan.sdn().zones().stream().map(z -> z.bridge()).filter(b -> b != null).collect(Collectors.toSet());
            for (Step b : of(StepKind.BRIDGE)) {
                if (zoneBridges.contains(StepActions.bridgeName(b.resource()))) {
                    of(StepKind.NETWORK_APPLY).stream().filter(n -> n.resource().equals(b.node())).forEach(n -> staged.forEach(s -> g.order(n, s)));
                }
            }
            Set<String> vnets = plan.sdn().vnets().stream().map(SdnVnet::id).collect(Collectors.toSet());
            for (DesiredGuest d : plan.desired().guests()) {
                if (d.config().nics().stream().map(NicConfig::bridge).anyMatch(vnets::contains)) {
                    g.order(apply, find(d.id(), StepKind.CONFIGURE));
                    g.order(apply, find(d.id(), StepKind.START));
                }
            }
        }
        if (!removed.isEmpty()) {
            Step cleanup = add(StepKind.SDN_APPLY, CLEANUP);
            removalOrder();
            removed.forEach(s -> g.order(s, cleanup));
            for (Step s : List.copyOf(g.steps())) {
                if (s.kind() == StepKind.DELETE || s.kind() == StepKind.CONFIGURE) {
                    removed.forEach(r -> g.order(s, r));
                }
                if (s.kind() == StepKind.BRIDGE_DELETE && removedZoneBridges().contains(StepActions.bridgeName(s.resource()))) {
                    g.order(cleanup, s);
                }
            }
            staged.forEach(s -> removed.forEach(r -> g.order(s, r)));
        }
    }

    private void step(Change c, StepKind stage, StepKind remove) {
        if (c.action() == Action.DELETE) {
            removed.add(add(remove, c.id()));
        } else {
            staged.add(add(stage, c.id()));
        }
    }

    /** Zone before its vnets before their subnets. */
    private void stagingOrder() {
        for (Step s : staged) {
            for (Step t : staged) {
                if (s.kind() == StepKind.SDN_ZONE && t.kind() == StepKind.SDN_VNET && zoneOfVnet(t.resource()).equals(s.resource())
                        || s.kind() == StepKind.SDN_VNET && t.kind() == StepKind.SDN_SUBNET && t.resource().startsWith(s.resource() + "/")) {
                    g.order(s, t);
                }
            }
        }
    }

    /** Subnets before their vnet; every vnet before any zone (a zone can only go once it is empty). */
    private void removalOrder() {
        for (Step s : removed) {
            for (Step t : removed) {
                if (s.kind() == StepKind.SDN_SUBNET_DELETE && t.kind() == StepKind.SDN_VNET_DELETE && s.resource().startsWith(t.resource() + "/")
                        || s.kind() == StepKind.SDN_VNET_DELETE && t.kind() == StepKind.SDN_ZONE_DELETE) {
                    g.order(s, t);
                }
            }
        }
    }

    /** Bridges that zones being removed tag on: they stay until the removal is applied. */
    private Set<String> removedZoneBridges() {
        return removed.stream().filter(s -> s.kind() == StepKind.SDN_ZONE_DELETE)
                .map(s -> plan.state().sdn().zone(s.resource()).map(z -> z.bridge()).orElse(null))
                .filter(b -> b != null).collect(Collectors.toSet());
    }

    private String zoneOfVnet(String vnet) {
        return plan.sdn().vnet(vnet).map(SdnVnet::zone).orElse("");
    }

    private Step find(String resource, StepKind kind) {
        return g.steps().stream().filter(s -> s.kind() == kind && s.resource().equals(resource)).findFirst().orElse(null);
    }

    private List<Step> of(StepKind kind) {
        return g.steps().stream().filter(s -> s.kind() == kind).toList();
    }

    private Step add(StepKind kind, String resource) {
        Step s = new Step(kind, resource, null, null);
        g.add(s);
        return s;
    }
}
