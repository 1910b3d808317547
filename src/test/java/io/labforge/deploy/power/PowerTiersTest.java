package io.labforge.deploy.power;

import io.labforge.io.LabFiles;
import io.labforge.kind.NodeKinds;
import io.labforge.model.Lab;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The tiers come from the lab graph and the kinds' roles, never from node ids. */
class PowerTiersTest {

    private static final Path HOMELAB = Path.of(System.getProperty("labforge.project.dir", "."), "assets/samples/homelab.yaml");

    /** Tier number to the guests in it, in start order. */
    private static List<List<String>> startOrder(Lab lab, List<String> warnings) {
        Map<String, Integer> tiers = PowerPlanner.tiers(lab, NodeKinds.builtin(), warnings);
        TreeMap<Integer, TreeSet<String>> byTier = new TreeMap<>();
        tiers.forEach((id, t) -> byTier.computeIfAbsent(t, k -> new TreeSet<>()).add(id));
        List<List<String>> out = new ArrayList<>();
        byTier.values().forEach(s -> out.add(List.copyOf(s)));
        return out;
    }

    @Test
    void theHomelabStartsEdgeFirstAndWorkloadsLast() throws Exception {
        List<String> warnings = new ArrayList<>();
        assertThat(startOrder(LabFiles.read(HOMELAB), warnings)).containsExactly(
                List.of("fw1"),
                List.of("bastion", "dc1"),
                List.of("lb1"),
                List.of("db1"),
                List.of("k8s-cp1", "k8s-cp2", "k8s-cp3"),
                List.of("k8s-w1", "k8s-w2", "k8s-w3", "mon1", "siem1", "ws1"));
        assertThat(warnings).isEmpty();
    }

    @Test
    void aGuestBehindASecondRouterStartsAfterItWhateverItsKind() throws Exception {
        Lab lab = LabFiles.parse("""
                schemaVersion: 1
                name: chain
                networks:
                  - { id: lan, kind: lan, bridge: vmbr1, cidr: 10.0.1.0/24, gateway: 10.0.1.1 }
                  - { id: dmz, kind: dmz, bridge: vmbr1, vlan: 5, cidr: 10.0.5.0/24, gateway: 10.0.5.1 }
                nodes:
                  - { id: edge, kind: firewall, flavor: nftables, nics: [ { network: lan, ip: 10.0.1.1 } ] }
                  - { id: inner, kind: firewall, flavor: nftables, nics: [ { network: lan, ip: 10.0.1.2 }, { network: dmz, ip: 10.0.5.1 } ] }
                  - { id: pg, kind: database, nics: [ { network: dmz, ip: 10.0.5.10 } ] }
                  - { id: app, kind: linux-vm, nics: [ { network: dmz, ip: 10.0.5.20 } ] }
                """, "chain.yaml");
        List<String> warnings = new ArrayList<>();
        Map<String, Integer> tiers = PowerPlanner.tiers(lab, NodeKinds.builtin(), warnings);
        assertThat(tiers.get("inner")).as("the second router uses the first as gateway").isGreaterThan(tiers.get("edge"));
        assertThat(tiers.get("pg")).isGreaterThan(tiers.get("inner"));
        assertThat(tiers.get("app")).isGreaterThan(tiers.get("pg"));
    }

    @Test
    void aDependencyCycleIsReportedAndDoesNotHang() throws Exception {
        Lab lab = LabFiles.parse("""
                schemaVersion: 1
                name: loop
                networks:
                  - { id: a, kind: lan, bridge: vmbr1, cidr: 10.0.1.0/24, gateway: 10.0.1.2 }
                  - { id: b, kind: lan, bridge: vmbr1, vlan: 7, cidr: 10.0.2.0/24, gateway: 10.0.2.1 }
                nodes:
                  - { id: r1, kind: firewall, flavor: nftables, nics: [ { network: a, ip: 10.0.1.1 }, { network: b, ip: 10.0.2.1 } ] }
                  - { id: r2, kind: firewall, flavor: nftables, nics: [ { network: a, ip: 10.0.1.2 }, { network: b, ip: 10.0.2.2 } ] }
                """, "loop.yaml");
        List<String> warnings = new ArrayList<>();
        Map<String, Integer> tiers = PowerPlanner.tiers(lab, NodeKinds.builtin(), warnings);
        assertThat(tiers).containsOnlyKeys("r1", "r2");
        assertThat(warnings).singleElement().asString().contains("that order is not enforced");
    }
}
