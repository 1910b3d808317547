package io.labforge.deploy.engine;

import io.labforge.deploy.port.ClusterException;
import io.labforge.deploy.port.ClusterException.Failure;
import io.labforge.deploy.port.SdnState;
import io.labforge.deploy.port.SdnSubnet;
import io.labforge.deploy.port.SdnVnet;
import io.labforge.deploy.port.SdnZone;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The SDN configuration of {@link FakeCluster}: edits are staged, {@link #apply()} makes them the running set. */
final class FakeSdn {

    private final Map<String, SdnZone> zones = new TreeMap<>();
    private final Map<String, SdnVnet> vnets = new TreeMap<>();
    private final Map<String, SdnSubnet> subnets = new TreeMap<>();
    private Map<String, Object> running = Map.of();
    int applies;

    FakeSdn copy() {
        FakeSdn c = new FakeSdn();
        c.zones.putAll(zones);
        c.vnets.putAll(vnets);
        c.subnets.putAll(subnets);
        c.running = running;
        return c;
    }

    SdnState state() {
        List<SdnZone> z = new ArrayList<>();
        zones.values().forEach(x -> z.add(new SdnZone(x.id(), x.type(), x.bridge(), x.peers(), x.mtu(), x.equals(running.get("zone/" + x.id())))));
        List<SdnVnet> v = new ArrayList<>();
        vnets.values().forEach(x -> v.add(new SdnVnet(x.id(), x.zone(), x.tag(), x.alias(), x.equals(running.get("vnet/" + x.id())))));
        List<SdnSubnet> s = new ArrayList<>();
        subnets.values().forEach(x -> s.add(new SdnSubnet(x.id(), x.vnet(), x.cidr(), x.gateway(), x.snat(), x.equals(running.get("subnet/" + x.id())))));
        return new SdnState(z, v, s);
    }

    /** What guests can use: vnets of the running set. */
    boolean runningVnet(String id) {
        return running.containsKey("vnet/" + id);
    }

    boolean isEmpty() {
        return zones.isEmpty() && vnets.isEmpty() && subnets.isEmpty() && running.isEmpty();
    }

    void createZone(SdnZone z) throws ClusterException {
        if (zones.containsKey(z.id())) {
            throw new ClusterException(Failure.ALREADY_EXISTS, "sdn zone object ID '" + z.id() + "' already defined");
        }
        zones.put(z.id(), stored(z));
    }

    void updateZone(SdnZone z) throws ClusterException {
        existing(zones, z.id());
        zones.put(z.id(), stored(z));
    }

    void createVnet(SdnVnet v) throws ClusterException {
        if (vnets.containsKey(v.id())) {
            throw new ClusterException(Failure.ALREADY_EXISTS, "sdn vnet object ID '" + v.id() + "' already defined");
        }
        existing(zones, v.zone());
        vnets.put(v.id(), new SdnVnet(v.id(), v.zone(), v.tag(), v.alias(), false));
    }

    void updateVnet(SdnVnet v) throws ClusterException {
        existing(vnets, v.id());
        vnets.put(v.id(), new SdnVnet(v.id(), v.zone(), v.tag(), v.alias(), false));
    }

    void createSubnet(SdnSubnet s) throws ClusterException {
        SdnVnet v = existing(vnets, s.vnet());
        String id = v.zone() + "-" + s.cidr().replace('/', '-');
        if (subnets.containsKey(id)) {
            throw new ClusterException(Failure.ALREADY_EXISTS, "sdn subnet object ID '" + id + "' already defined");
        }
        subnets.put(id, new SdnSubnet(id, s.vnet(), s.cidr(), s.gateway(), s.snat(), false));
    }

    void updateSubnet(SdnSubnet s) throws ClusterException {
        SdnSubnet old = existing(subnets, s.id());
        subnets.put(s.id(), new SdnSubnet(s.id(), old.vnet(), old.cidr(), s.gateway(), s.snat(), false));
    }

    void deleteSubnet(String id) throws ClusterException {
        existing(subnets, id);
        subnets.remove(id);
    }

    void deleteVnet(String id) throws ClusterException {
        existing(vnets, id);
        if (subnets.values().stream().anyMatch(s -> s.vnet().equals(id))) {
            throw new ClusterException(Failure.OTHER, "Can't delete vnet '" + id + "' because it still has subnets");
        }
        vnets.remove(id);
    }

    void deleteZone(String id) throws ClusterException {
        existing(zones, id);
        if (vnets.values().stream().anyMatch(v -> v.zone().equals(id))) {
            throw new ClusterException(Failure.OTHER, "Can't delete zone '" + id + "' because it is still used by a vnet");
        }
        zones.remove(id);
    }

    void apply() {
        Map<String, Object> r = new TreeMap<>();
        zones.values().forEach(z -> r.put("zone/" + z.id(), z));
        vnets.values().forEach(v -> r.put("vnet/" + v.id(), v));
        subnets.values().forEach(s -> r.put("subnet/" + s.id(), s));
        running = r;
        applies++;
    }

    private static SdnZone stored(SdnZone z) {
        return new SdnZone(z.id(), z.type(), z.bridge(), z.peers(), z.mtu(), false);
    }

    private static <T> T existing(Map<String, T> map, String id) throws ClusterException {
        T t = map.get(id);
        if (t == null) {
            throw new ClusterException(Failure.NOT_FOUND, "sdn object ID '" + id + "' does not exist");
        }
        return t;
    }
}
