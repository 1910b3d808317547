package io.labforge.deploy.importer;

import io.labforge.deploy.journal.JournalState;
import io.labforge.deploy.plan.DeployOptions;
import io.labforge.deploy.plan.LabIntent;
import io.labforge.deploy.plan.Plan;
import io.labforge.deploy.plan.Planner;
import io.labforge.deploy.port.Bridge;
import io.labforge.deploy.port.CloudInit;
import io.labforge.deploy.port.ClusterNode;
import io.labforge.deploy.port.ClusterState;
import io.labforge.deploy.port.Guest;
import io.labforge.deploy.port.GuestConfig;
import io.labforge.deploy.port.GuestRef;
import io.labforge.deploy.port.GuestType;
import io.labforge.deploy.port.IpConfig;
import io.labforge.deploy.port.NicConfig;
import io.labforge.deploy.port.PowerState;
import io.labforge.deploy.port.SdnState;
import io.labforge.deploy.port.SdnSubnet;
import io.labforge.deploy.port.SdnVnet;
import io.labforge.deploy.port.SdnZone;
import io.labforge.kind.NodeKinds;
import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.Nic;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterImportSdnTest {

    static final SdnState SDN = new SdnState(
            List.of(new SdnZone("office", "vlan", "vmbr1", List.of(), null, true),
                    new SdnZone("overlay", "vxlan", null, List.of("192.168.1.10", "192.168.1.11"), 1450, true)),
            List.of(new SdnVnet("users", "office", 30, "Office users", true),
                    new SdnVnet("vbkmfa8y", "overlay", 4320085, "labforge lab=spread net=lab", true),
                    new SdnVnet("spare", "overlay", 77, null, true)),
            List.of(new SdnSubnet("office-10.1.30.0-24", "users", "10.1.30.0/24", "10.1.30.1", false, true),
                    new SdnSubnet("overlay-10.30.30.0-24", "vbkmfa8y", "10.30.30.0/24", "10.30.30.1", true, true)));

    static ClusterState cluster() {
        List<ClusterNode> nodes = List.of(new ClusterNode("pve1", true, 16, 65536, 4096, 0.1, "192.168.1.10"),
                new ClusterNode("pve2", true, 16, 65536, 4096, 0.1, "192.168.1.11"));
        List<Guest> guests = List.of(
                guest("pve1", 101, "desk1", new NicConfig("users", null, true, "BC:24:11:00:00:01"), new IpConfig("10.1.30.21/24", "10.1.30.1")),
                guest("pve2", 102, "lab1", new NicConfig("vbkmfa8y", null, true, "BC:24:11:00:00:02"), new IpConfig("10.30.30.11/24", "10.30.30.1")),
                guest("pve1", 103, "lab2", new NicConfig("vbkmfa8y", null, true, "BC:24:11:00:00:03"), new IpConfig("10.30.30.12/24", "10.30.30.1")),
                guest("pve2", 104, "old1", new NicConfig("vmbr0", null, false, "BC:24:11:00:00:04"), IpConfig.DHCP));
        List<Bridge> bridges = List.of(new Bridge("pve1", "vmbr0", true, null), new Bridge("pve2", "vmbr0", true, null),
                new Bridge("pve1", "vmbr1", true, null), new Bridge("pve2", "vmbr1", true, null));
        return new ClusterState(nodes, guests, bridges, Set.of(), SDN);
    }

    static Guest guest(String node, int vmid, String name, NicConfig nic, IpConfig ip) {
        GuestConfig c = new GuestConfig(1, 1024, 8, List.of(nic), new CloudInit(null, List.of(), null, List.of(ip)), Set.of(), null);
        return new Guest(new GuestRef(node, vmid, GuestType.LXC), name, PowerState.RUNNING, false, null, Set.of(), null, c, List.of(), List.of());
    }

    @Test
    void vnetsBecomeNetworksNamedAfterTheirLabOrTheirVnet() {
        Lab lab = ClusterImport.toLab("office", cluster());

        Network users = lab.network("users").orElseThrow();
        assertThat(users.bridge()).isEqualTo("users");
        assertThat(users.vlan()).as("the vnet tags, not the NIC").isNull();
        assertThat(users.cidr()).isEqualTo("10.1.30.0/24");
        assertThat(users.gateway()).isEqualTo("10.1.30.1");
        assertThat(users.name()).isEqualTo("Office users");
        assertThat(users.description()).isEqualTo("SDN vnet users (vlan zone office on vmbr1, VLAN 30)");

        Network labNet = lab.network("lab").orElseThrow();
        assertThat(labNet.bridge()).isEqualTo("vbkmfa8y");
        assertThat(labNet.description()).isEqualTo("SDN vnet vbkmfa8y (vxlan zone overlay between 192.168.1.10, 192.168.1.11, tag 4320085)");
        assertThat(lab.network("spare")).get().extracting(Network::cidr).isNull();

        assertThat(lab.node("lab1").orElseThrow().nics()).extracting(Nic::network).containsExactly("lab");
        assertThat(lab.node("lab2").orElseThrow().nics()).extracting(Nic::network).containsExactly("lab");
        assertThat(lab.node("desk1").orElseThrow().nics()).extracting(Nic::network).containsExactly("users");
        assertThat(lab.node("old1").orElseThrow().nics()).extracting(Nic::network).containsExactly("vmbr0");
    }

    @Test
    void anImportedLabOnExistingVnetsPlansNoNewSdnAndNoBridges() {
        Lab lab = ClusterImport.toLab("office", cluster());
        Plan plan = new Planner().plan(LabIntent.of(lab, NodeKinds.builtin(), new DeployOptions("labforge", List.of())), cluster(),
                JournalState.replay(List.of()));
        assertThat(plan.changes()).noneMatch(c -> c.type().name().startsWith("SDN"));
        assertThat(plan.changes()).filteredOn(c -> c.type().name().equals("BRIDGE")).extracting(c -> c.id())
                .doesNotContain("pve1/users", "pve2/users", "pve1/vbkmfa8y", "pve2/vbkmfa8y");
    }
}
