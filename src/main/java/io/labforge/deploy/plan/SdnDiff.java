package io.labforge.deploy.plan;

import io.labforge.deploy.port.SdnState;
import io.labforge.deploy.port.SdnSubnet;
import io.labforge.deploy.port.SdnVnet;
import io.labforge.deploy.port.SdnZone;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The SDN part of a plan: zones, vnets and subnets to create, change or remove, by comparing what the layout wants
 * with what the cluster has. Objects staged but not applied are updates (the apply brings them up). Only the lab's
 * own objects are removed: vnets carrying its alias marker, their subnets, and zones it owns.
 */
final class SdnDiff {

    private final SdnLayout layout;
    private final SdnState want;
    private final SdnState have;
    private final String lab;
    final List<Change> changes = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    SdnDiff(SdnLayout layout, SdnState have, String lab) {
        this.layout = layout;
        this.want = layout.wanted();
        this.have = have;
        this.lab = lab;
        want.zones().forEach(this::zone);
        want.vnets().forEach(this::vnet);
        want.subnets().forEach(this::subnet);
        removals();
    }

    private void zone(SdnZone z) {
        String where = z.bridge() != null ? " on " + z.bridge() : " between " + String.join(", ", z.peers());
        String networks = layout.segments.stream().filter(s -> s.zone().id().equals(z.id()))
                .map(s -> s.network().id() + " (" + String.join(", ", s.nodes()) + ")").collect(Collectors.joining(", "));
        List<PropertyChange> props = new ArrayList<>();
        SdnZone there = have.zone(z.id()).orElse(null);
        prop(props, "type", there == null ? null : there.type(), z.type());
        prop(props, "bridge", there == null ? null : there.bridge(), z.bridge());
        prop(props, "peers", there == null || there.peers().isEmpty() ? null : String.join(",", there.peers()),
                z.peers().isEmpty() ? null : String.join(",", z.peers()));
        prop(props, "mtu", there == null || there.mtu() == null ? null : there.mtu().toString(), z.mtu() == null ? null : z.mtu().toString());
        add(ResourceType.SDN_ZONE, z.id(), there == null, there != null && there.applied(), props,
                "new " + z.type() + " zone " + z.id() + where + " for " + networks, "zone " + z.id());
    }

    private void vnet(SdnVnet v) {
        SdnLayout.Segment seg = layout.segments.stream().filter(s -> s.vnet().id().equals(v.id())).findFirst().orElseThrow();
        SdnVnet there = have.vnet(v.id()).orElse(null);
        List<PropertyChange> props = new ArrayList<>();
        prop(props, "zone", there == null ? null : there.zone(), v.zone());
        prop(props, "tag", there == null || there.tag() == null ? null : there.tag().toString(), v.tag() == null ? null : v.tag().toString());
        prop(props, "alias", there == null ? null : there.alias(), v.alias());
        add(ResourceType.SDN_VNET, v.id(), there == null, there != null && there.applied(), props,
                "new vnet " + v.id() + " for network " + seg.network().id() + ", which spans " + String.join(", ", seg.nodes())
                        + (v.tag() == null ? "" : " (" + ("vlan".equals(seg.zone().type()) ? "VLAN " : "VNI ") + v.tag() + ")"),
                "vnet " + v.id());
    }

    private void subnet(SdnSubnet s) {
        SdnSubnet there = have.subnetsOf(s.vnet()).stream().filter(x -> s.cidr().equals(x.cidr())).findFirst().orElse(null);
        List<PropertyChange> props = new ArrayList<>();
        prop(props, "cidr", there == null ? null : there.cidr(), s.cidr());
        prop(props, "gateway", there == null ? null : there.gateway(), s.gateway());
        prop(props, "snat", there == null ? null : yesNo(there.snat()), yesNo(s.snat()));
        add(ResourceType.SDN_SUBNET, subnetKey(s.vnet(), s.cidr()), there == null, there != null && there.applied(), props,
                "new subnet " + s.cidr() + " in vnet " + s.vnet() + (s.gateway() == null ? "" : ", gateway " + s.gateway())
                        + (s.snat() ? ", SNAT (no router of its own)" : ""), "subnet " + s.cidr() + " of " + s.vnet());
    }

    private void removals() {
        Set<String> wantedVnets = want.vnets().stream().map(SdnVnet::id).collect(Collectors.toSet());
        Set<String> wantedZones = want.zones().stream().map(SdnZone::id).collect(Collectors.toSet());
        Set<String> removedVnets = new java.util.HashSet<>();
        for (SdnVnet v : have.vnets()) {
            if (Marker.networkOf(v.alias(), lab).isEmpty()) {
                continue;
            }
            boolean gone = !wantedVnets.contains(v.id());
            for (SdnSubnet s : have.subnetsOf(v.id())) {
                boolean wanted = want.subnets().stream().anyMatch(w -> w.vnet().equals(v.id()) && w.cidr().equals(s.cidr()));
                if (gone || !wanted) {
                    changes.add(delete(ResourceType.SDN_SUBNET, subnetKey(v.id(), s.cidr()), "subnet " + s.cidr() + " of vnet " + v.id()
                            + (gone ? " goes with its vnet" : " is no longer the network's")));
                }
            }
            if (gone) {
                removedVnets.add(v.id());
                changes.add(delete(ResourceType.SDN_VNET, v.id(), "vnet " + v.id() + " was created for network "
                        + Marker.networkOf(v.alias(), lab).orElseThrow() + (layout.hasGuests() ? ", which no longer spans nodes" : " of the lab")));
            }
        }
        for (SdnZone z : have.zones()) {
            if (wantedZones.contains(z.id()) || !layout.ownsZone(z.id())) {
                continue;
            }
            List<String> staying = have.vnetsOf(z.id()).stream().map(SdnVnet::id).filter(id -> !removedVnets.contains(id)).toList();
            if (staying.isEmpty()) {
                changes.add(delete(ResourceType.SDN_ZONE, z.id(), "zone " + z.id() + " was created for the lab and carries none of its networks now"));
            } else {
                warnings.add("zone " + z.id() + " was created for the lab but holds vnets " + String.join(", ", staying) + "; it is left in place");
            }
        }
    }

    private void add(ResourceType type, String id, boolean missing, boolean applied, List<PropertyChange> props, String createReason, String what) {
        if (missing) {
            changes.add(new Change(type, id, Action.CREATE, createReason, props, false, null, null, Set.of()));
        } else if (!props.isEmpty()) {
            changes.add(new Change(type, id, Action.UPDATE, what + ": " + props.stream().map(PropertyChange::name).collect(Collectors.joining(", "))
                    + " differ", props, false, null, null, Set.of()));
        } else if (!applied) {
            changes.add(new Change(type, id, Action.UPDATE, what + " is staged but not applied",
                    List.of(new PropertyChange("applied", "no", "yes", false)), false, null, null, Set.of()));
        } else {
            changes.add(new Change(type, id, Action.UNCHANGED, null, List.of(), false, null, null, Set.of()));
        }
    }

    private static Change delete(ResourceType type, String id, String reason) {
        return new Change(type, id, Action.DELETE, reason, List.of(), false, null, null, Set.of());
    }

    private static void prop(List<PropertyChange> props, String name, String from, String to) {
        if (!Objects.equals(from, to)) {
            props.add(new PropertyChange(name, from, to, false));
        }
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

    /** The change id of a subnet: {@code <vnet>/<cidr>}. */
    static String subnetKey(String vnet, String cidr) {
        return vnet + "/" + cidr;
    }
}
