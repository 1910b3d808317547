package io.labforge.validate;

import io.labforge.model.DhcpRange;
import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.NetworkKind;
import io.labforge.model.Nic;
import io.labforge.model.Node;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.labforge.validate.TestLabs.homelab;
import static org.assertj.core.api.Assertions.assertThat;

/** Cases beyond the one-fixture-per-rule catalogue test. */
class RuleEdgeCasesTest {

    static List<Problem> problems(Lab lab, String code) {
        return Validator.standard().validate(lab).withCode(code);
    }

    @Test
    void aWideSubnetOverlapsEveryNetworkInsideIt() {
        Lab lab = homelab().withNetwork(Network.of("all", NetworkKind.LAN, "vmbr2", null, "10.10.0.0/16", null));
        assertThat(problems(lab, "LF203")).extracting(p -> p.subjects().get(1))
                .containsExactly("lan", "k8s", "ad", "db", "mgmt");
    }

    @Test
    void adjacentSubnetsDoNotOverlap() {
        Lab lab = homelab().withNetwork(Network.of("lab2", NetworkKind.LAN, "vmbr2", null, "10.10.11.0/24", null));
        assertThat(problems(lab, "LF203")).isEmpty();
    }

    @Test
    void dhcpPoolOutsideTheSubnetOrOverTheGatewayIsReported() {
        assertThat(problems(homelab().updateNetwork("lan", n -> n.withDhcp(new DhcpRange("10.10.10.100", "10.10.11.20"))), "LF210"))
                .extracting(Problem::message)
                .containsExactly("DHCP pool 10.10.10.100-10.10.11.20 of network 'lan' is not within the host addresses of 10.10.10.0/24");
        assertThat(problems(homelab().updateNetwork("lan", n -> n.withDhcp(new DhcpRange("10.10.10.1", "10.10.10.50"))), "LF210"))
                .extracting(Problem::message)
                .containsExactly("DHCP pool 10.10.10.1-10.10.10.50 of network 'lan' contains its gateway 10.10.10.1");
        assertThat(problems(homelab().updateNetwork("lan", n -> n.withDhcp(new DhcpRange("x", "10.10.10.50"))), "LF210"))
                .hasSize(1);
    }

    @Test
    void gatewayThatIsNotAnAddressOrIsTheNetworkAddress() {
        assertThat(problems(homelab().updateNetwork("db", n -> n.withGateway("gw")), "LF208")).extracting(Problem::message)
                .containsExactly("network 'db' has the invalid gateway 'gw'");
        assertThat(problems(homelab().updateNetwork("db", n -> n.withGateway("10.10.40.0")), "LF208")).extracting(Problem::message)
                .containsExactly("network 'db' has the gateway 10.10.40.0, the network address of 10.10.40.0/24");
    }

    @Test
    void twoNodesWithOneIdAreNotAlsoReportedAsDuplicateHostnames() {
        Lab lab = homelab().withNodes(new java.util.ArrayList<>(homelab().nodes()) {{
            add(Node.of("web1", "linux-vm", Nic.dhcp("lan")));
        }});
        ValidationReport report = Validator.standard().validate(lab);
        assertThat(report.withCode("LF101")).hasSize(1);
        assertThat(report.withCode("LF102")).isEmpty();
    }

    @Test
    void hostnamesAreCheckedOnlyForGuestsAndCleanedUpSensibly() {
        Lab docOnly = homelab().updateNode("internet", n -> n.withHostname("The Internet"));
        assertThat(problems(docOnly, "LF103")).isEmpty();
        Problem p = problems(homelab().updateNode("web1", n -> n.withHostname("Web Server #1")), "LF103").get(0);
        assertThat(p.fix().description()).isEqualTo("Set the hostname of node 'web1' to 'web-server-1'");
        assertThat(problems(homelab().updateNode("web1", n -> n.withHostname("a".repeat(64))), "LF103")).hasSize(1);
        assertThat(problems(homelab().updateNode("web1", n -> n.withHostname("web1.lab.internal")), "LF103")).isEmpty();
    }

    @Test
    void longOrOddBridgeNamesAreRejected() {
        Lab lab = homelab().withNetwork(Network.of("lab2", NetworkKind.LAN, "vmbr1234567890123", null, "10.20.0.0/24", null));
        assertThat(problems(lab, "LF214")).extracting(Problem::message)
                .containsExactly("network 'lab2' has the invalid bridge name 'vmbr1234567890123' (longer than 15 characters)");
    }

    @Test
    void aLoadBalancerReachesBackendsThroughTheFirewall() {
        Lab lab = homelab().updateNode("lb1", n -> n.withRole(RuleFixtures.frontends(
                RuleFixtures.frontend(6443, RuleFixtures.CPS), RuleFixtures.frontend(5432, List.of("pg1")))));
        assertThat(Validator.standard().validate(lab).problems()).isEmpty();
    }

    @Test
    void evenControlPlanesAreCountedPerGroup() {
        Lab lab = homelab().withGroups(List.of(new io.labforge.model.Group("c1", "prod", List.of("cp1", "cp2", "cp3", "w1"))));
        assertThat(Validator.standard().validate(lab).problems()).isEmpty();
        Lab split = homelab().withGroups(List.of(new io.labforge.model.Group("c1", "prod", List.of("cp1", "cp2", "w1"))));
        ValidationReport r = Validator.standard().validate(split);
        assertThat(r.withCode("LF501")).extracting(Problem::message).containsExactly(
                "Kubernetes cluster 'prod' has 2 control planes ('cp1', 'cp2'): an even number adds no fault tolerance to etcd");
        assertThat(r.withCode("LF503")).extracting(Problem::subjects).containsExactly(List.of("cp3"));
    }

    @Test
    void capacityWithinRatiosIsQuiet() {
        Capacity plenty = Capacity.of(java.util.Map.of("pve", new Capacity.NodeCapacity(8, 65536, 2000)));
        assertThat(Validator.standard().withCapacity(plenty).validate(homelab()).problems()).isEmpty();
        Capacity fewCores = Capacity.of(java.util.Map.of("pve", new Capacity.NodeCapacity(4, 65536, 2000)));
        assertThat(Validator.standard().withCapacity(fewCores).validate(homelab()).withCode("LF603")).extracting(Problem::message)
                .containsExactly("guests on Proxmox node 'pve' need 23 vCPU cores, but it has 4 cores (x4.0 allowed overcommit = 16 cores)");
    }
}
