package io.labforge.deploy.adapter;

import io.labforge.deploy.port.ClusterException;
import io.labforge.deploy.port.ClusterException.Failure;
import io.labforge.deploy.port.SdnState;
import io.labforge.deploy.port.SdnSubnet;
import io.labforge.deploy.port.SdnVnet;
import io.labforge.deploy.port.SdnZone;
import io.labforge.deploy.port.TaskLog;
import io.labforge.proxmox.ProxmoxClient;
import io.labforge.proxmox.api.ProxmoxException;
import io.labforge.proxmox.cluster.sdn.SdnApi;
import io.labforge.proxmox.cluster.sdn.SdnZoneStatus;
import io.labforge.proxmox.nodes.tasks.Cancellation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * SDN zones, vnets and subnets through {@code /cluster/sdn}: read as edited and compared with the running
 * configuration (so staged objects show as not applied), staged one by one, and applied with a wait until every
 * node has reloaded (the apply task ends before they have, PITFALLS #18).
 */
final class SdnObjects {

    private final ProxmoxClient client;
    private final AdapterSettings settings;

    SdnObjects(ProxmoxClient client, AdapterSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    private SdnApi sdn() {
        return client.cluster().sdn();
    }

    SdnState read() {
        Map<String, io.labforge.proxmox.cluster.sdn.SdnZone> runningZones = byId(sdn().runningZones(), io.labforge.proxmox.cluster.sdn.SdnZone::zone);
        Map<String, io.labforge.proxmox.cluster.sdn.SdnVnet> runningVnets = byId(sdn().runningVnets(), io.labforge.proxmox.cluster.sdn.SdnVnet::vnet);
        List<SdnZone> zones = sdn().zones().stream().filter(z -> !"deleted".equals(z.state()))
                .map(z -> new SdnZone(z.zone(), z.type(), z.bridge(), peers(z.peers()), z.mtu(), sameZone(z, runningZones.get(z.zone()))))
                .toList();
        List<SdnVnet> vnets = new ArrayList<>();
        List<SdnSubnet> subnets = new ArrayList<>();
        for (io.labforge.proxmox.cluster.sdn.SdnVnet v : sdn().vnets()) {
            if ("deleted".equals(v.state())) {
                continue;
            }
            io.labforge.proxmox.cluster.sdn.SdnVnet running = runningVnets.get(v.vnet());
            vnets.add(new SdnVnet(v.vnet(), v.zone(), v.tag(), v.alias(), running != null && Objects.equals(running.zone(), v.zone())
                    && Objects.equals(running.tag(), v.tag()) && Objects.equals(running.alias(), v.alias())));
            Set<String> applied = running == null ? Set.of() : sdn().runningSubnets(v.vnet()).stream()
                    .map(s -> s.subnet() + "|" + s.gateway() + "|" + snat(s.snat())).collect(Collectors.toSet());
            for (io.labforge.proxmox.cluster.sdn.SdnSubnet s : sdn().subnets(v.vnet())) {
                subnets.add(new SdnSubnet(s.subnet(), v.vnet(), cidr(s), s.gateway(), snat(s.snat()),
                        applied.contains(s.subnet() + "|" + s.gateway() + "|" + snat(s.snat()))));
            }
        }
        return new SdnState(zones, vnets, subnets);
    }

    void createZone(SdnZone zone, TaskLog log) throws ClusterException {
        switch (zone.type()) {
            case "vlan" -> Errors.run(() -> sdn().createVlanZone(zone.id(), zone.bridge()));
            case "vxlan" -> Errors.run(() -> sdn().createVxlanZone(zone.id(), zone.peers(), zone.mtu()));
            case "simple" -> Errors.run(() -> sdn().createSimpleZone(zone.id(), null));
            default -> throw new ClusterException(Failure.INVALID, "SDN zone type '" + zone.type() + "' is not one Labforge creates");
        }
        log.line("SDN zone " + zone.id() + " (" + zone.type() + describe(zone) + ") staged");
    }

    void createVnet(SdnVnet vnet, TaskLog log) throws ClusterException {
        Errors.run(() -> sdn().createVnet(vnet.id(), vnet.zone(), vnet.tag(), vnet.alias()));
        log.line("SDN vnet " + vnet.id() + " in zone " + vnet.zone() + (vnet.tag() == null ? "" : ", tag " + vnet.tag()) + " staged");
    }

    void createSubnet(SdnSubnet subnet, TaskLog log) throws ClusterException {
        Errors.run(() -> sdn().createSubnet(subnet.vnet(), subnet.cidr(), subnet.gateway(), subnet.snat()));
        log.line("subnet " + subnet.cidr() + " of vnet " + subnet.vnet() + (subnet.gateway() == null ? "" : ", gateway " + subnet.gateway())
                + (subnet.snat() ? ", SNAT" : "") + " staged");
    }

    void updateZone(SdnZone zone, TaskLog log) throws ClusterException {
        Errors.run(() -> sdn().updateZone(zone.id(), zone.bridge(), zone.peers(), zone.mtu()));
        log.line("SDN zone " + zone.id() + " change staged (" + zone.type() + describe(zone) + ")");
    }

    void updateVnet(SdnVnet vnet, TaskLog log) throws ClusterException {
        Errors.run(() -> sdn().updateVnet(vnet.id(), vnet.zone(), vnet.tag(), vnet.alias()));
        log.line("SDN vnet " + vnet.id() + " change staged (zone " + vnet.zone() + (vnet.tag() == null ? "" : ", tag " + vnet.tag()) + ")");
    }

    void updateSubnet(SdnSubnet subnet, TaskLog log) throws ClusterException {
        Errors.run(() -> sdn().updateSubnet(subnet.vnet(), subnet.id(), subnet.gateway(), subnet.snat()));
        log.line("subnet " + subnet.cidr() + " of vnet " + subnet.vnet() + " change staged");
    }

    void deleteSubnet(String vnet, String id, TaskLog log) throws ClusterException {
        Errors.run(() -> sdn().deleteSubnet(vnet, id));
        log.line("subnet " + id + " of vnet " + vnet + " removal staged");
    }

    void deleteVnet(String vnet, TaskLog log) throws ClusterException {
        Errors.run(() -> sdn().deleteVnet(vnet));
        log.line("SDN vnet " + vnet + " removal staged");
    }

    void deleteZone(String zone, TaskLog log) throws ClusterException {
        Errors.run(() -> sdn().deleteZone(zone));
        log.line("SDN zone " + zone + " removal staged");
    }

    void apply(TaskLog log) throws ClusterException {
        Errors.run(() -> client.tasks().await(sdn().applyAsync(), log::line, Cancellation.none()));
        List<String> nodes = Errors.call(() -> client.nodes().list().stream().filter(n -> n.online()).map(n -> n.node()).toList());
        long deadline = System.nanoTime() + settings.lockTimeout().toNanos();
        for (String node : nodes) {
            while (true) {
                List<SdnZoneStatus> status;
                try {
                    status = sdn().zoneStatus(node);
                } catch (ProxmoxException e) {
                    throw Errors.map(e);
                }
                List<String> errors = status.stream().filter(s -> "error".equals(s.status())).map(SdnZoneStatus::zone).toList();
                if (!errors.isEmpty()) {
                    throw new ClusterException(Failure.TASK_FAILED, "SDN zone(s) " + String.join(", ", errors) + " failed to apply on " + node);
                }
                if (status.stream().allMatch(s -> "available".equals(s.status()))) {
                    log.line("SDN configuration available on " + node);
                    break;
                }
                if (System.nanoTime() > deadline) {
                    throw new ClusterException(Failure.TRANSIENT, "SDN configuration still pending on " + node + " after "
                            + settings.lockTimeout().toSeconds() + " s");
                }
                pause();
            }
        }
    }

    private void pause() throws ClusterException {
        try {
            Thread.sleep(settings.pollInterval().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClusterException(Failure.OTHER, "interrupted while waiting for the SDN configuration to apply");
        }
    }

    private static boolean sameZone(io.labforge.proxmox.cluster.sdn.SdnZone edited, io.labforge.proxmox.cluster.sdn.SdnZone running) {
        return running != null && Objects.equals(edited.type(), running.type()) && Objects.equals(edited.bridge(), running.bridge())
                && Objects.equals(edited.peers(), running.peers()) && Objects.equals(edited.mtu(), running.mtu());
    }

    private static String describe(SdnZone z) {
        return z.bridge() != null ? " on " + z.bridge() : z.peers().isEmpty() ? "" : " between " + String.join(", ", z.peers());
    }

    private static List<String> peers(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean snat(Integer value) {
        return value != null && value != 0;
    }

    /** The subnet's CIDR: given as {@code cidr}, else taken from the ID {@code <zone>-<address>-<prefix>}. */
    static String cidr(io.labforge.proxmox.cluster.sdn.SdnSubnet s) {
        if (s.cidr() != null) {
            return s.cidr();
        }
        String id = s.subnet();
        int last = id.lastIndexOf('-');
        int first = id.lastIndexOf('-', last - 1);
        return first < 0 ? id : id.substring(first + 1, last) + "/" + id.substring(last + 1);
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, x -> x, (a, b) -> a));
    }
}
