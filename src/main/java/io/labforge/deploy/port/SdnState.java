package io.labforge.deploy.port;

import java.util.List;
import java.util.Optional;

/** The cluster's SDN configuration as edited (staged objects included), each object marked applied or not. */
public record SdnState(List<SdnZone> zones, List<SdnVnet> vnets, List<SdnSubnet> subnets) {

    public static final SdnState EMPTY = new SdnState(List.of(), List.of(), List.of());

    public SdnState {
        zones = List.copyOf(zones);
        vnets = List.copyOf(vnets);
        subnets = List.copyOf(subnets);
    }

    public Optional<SdnZone> zone(String id) {
        return zones.stream().filter(z -> z.id().equals(id)).findFirst();
    }

    public Optional<SdnVnet> vnet(String id) {
        return vnets.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    public List<SdnVnet> vnetsOf(String zone) {
        return vnets.stream().filter(v -> zone.equals(v.zone())).toList();
    }

    public List<SdnSubnet> subnetsOf(String vnet) {
        return subnets.stream().filter(s -> vnet.equals(s.vnet())).toList();
    }

    /** Whether an id is used by a zone or a vnet (Proxmox keeps them apart, but a vnet named like a zone confuses people). */
    public boolean idTaken(String id) {
        return zone(id).isPresent() || vnet(id).isPresent();
    }
}
