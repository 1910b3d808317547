package io.labforge.deploy.engine;

import io.labforge.deploy.event.Outcome;
import io.labforge.deploy.plan.DesiredGuest;
import io.labforge.deploy.plan.Macs;
import io.labforge.deploy.port.Guest;
import io.labforge.deploy.port.NicConfig;
import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.NetworkKind;
import io.labforge.model.Nic;
import io.labforge.model.Node;
import io.labforge.model.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * pfSense's installer takes vtnet0 as WAN and vtnet1 as LAN, so whatever order the lab lists the
 * firewall's NICs in, the VM gets net0 = WAN, net1 = LAN, then the rest as OPT1.. in lab order.
 */
class PfSenseNicOrderTest {

    @TempDir
    Path dir;

    static Lab lab(String flavor) {
        List<Network> nets = List.of(
                Network.of("k8s", NetworkKind.K8S, "vmbr1", 20, "10.10.20.0/24", "10.10.20.1"),
                Network.of("lan", NetworkKind.LAN, "vmbr1", 10, "10.10.10.0/24", "10.10.10.1"),
                Network.of("wan", NetworkKind.WAN, "vmbr0", null, "192.168.1.0/24", "192.168.1.1"),
                Network.of("dmz", NetworkKind.DMZ, "vmbr2", null, "10.10.70.0/24", "10.10.70.1"));
        Node fw = Node.of("fw1", "firewall", Nic.of("k8s", "10.10.20.1"), Nic.of("lan", "10.10.10.1"),
                Nic.of("wan", "192.168.1.2"), Nic.of("dmz", "10.10.70.1")).withFlavor(flavor);
        return new Lab("pf", "pfSense NIC order", new Target(null, null, "local-lvm", null), nets, List.of(fw), List.of(), Map.of());
    }

    @Test
    void thePfSenseVmGetsWanLanThenTheRestAndEachNicKeepsItsMac() throws Exception {
        Lab lab = lab("pfsense");
        DesiredGuest fw = EngineHarness.desired(lab).guest("fw1").orElseThrow();
        assertThat(fw.networks()).containsExactly("wan", "lan", "k8s", "dmz");
        assertThat(fw.config().nics()).extracting(NicConfig::bridge, NicConfig::vlan).containsExactly(
                org.assertj.core.groups.Tuple.tuple("vmbr0", null), org.assertj.core.groups.Tuple.tuple("vmbr1", 10),
                org.assertj.core.groups.Tuple.tuple("vmbr1", 20), org.assertj.core.groups.Tuple.tuple("vmbr2", null));
        assertThat(fw.config().nics()).extracting(NicConfig::mac).containsExactly(
                Macs.derive("pf", "fw1", 2), Macs.derive("pf", "fw1", 1), Macs.derive("pf", "fw1", 0), Macs.derive("pf", "fw1", 3));

        try (EngineHarness h = new EngineHarness(new FakeCluster(), dir.resolve("j.jsonl"))) {
            assertThat(h.deploy(lab).outcome()).isEqualTo(Outcome.SUCCEEDED);
            Guest created = h.labGuests("pf").get("fw1").get(0);
            assertThat(created.config().nics()).extracting(NicConfig::bridge, NicConfig::vlan).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("vmbr0", null), org.assertj.core.groups.Tuple.tuple("vmbr1", 10),
                    org.assertj.core.groups.Tuple.tuple("vmbr1", 20), org.assertj.core.groups.Tuple.tuple("vmbr2", null));
            assertThat(h.plan(lab).isEmpty()).isTrue();
        }
    }

    @Test
    void otherFirewallsKeepTheLabsOrder() {
        DesiredGuest fw = EngineHarness.desired(lab("opnsense")).guest("fw1").orElseThrow();
        assertThat(fw.networks()).containsExactly("k8s", "lan", "wan", "dmz");
        assertThat(fw.config().nics()).extracting(NicConfig::mac).containsExactly(
                Macs.derive("pf", "fw1", 0), Macs.derive("pf", "fw1", 1), Macs.derive("pf", "fw1", 2), Macs.derive("pf", "fw1", 3));
    }
}
