package io.labforge.validate;

import io.labforge.kind.NodeKinds;
import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.NetworkKind;
import io.labforge.model.Nic;
import io.labforge.model.Node;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LabGraphTest {

    private final Lab lab = TestLabs.homelab();
    private final LabGraph graph = LabGraph.of(lab, NodeKinds.builtin());

    @Test
    void hostsAndNetworksAreVerticesAndNicsAreEdges() {
        assertThat(graph.graph().vertexSet()).hasSize(lab.nodes().size() + lab.networks().size());
        int nics = lab.nodes().stream().mapToInt(n -> n.nics().size()).sum();
        assertThat(graph.graph().edgeSet()).hasSize(nics);
        HostVertex fw = graph.host("fw1").orElseThrow();
        assertThat(fw.routes()).isTrue();
        assertThat(graph.host("web1").orElseThrow().routes()).isFalse();
        assertThat(graph.graph().degreeOf(fw)).isEqualTo(6);
    }

    @Test
    void twoNicsOnOneNetworkAreTwoEdges() {
        Lab twice = lab.updateNode("web1", n -> n.withNics(List.of(Nic.dhcp("lan"), Nic.dhcp("lan"))));
        LabGraph g = LabGraph.of(twice, NodeKinds.builtin());
        assertThat(g.graph().getAllEdges(g.host("web1").orElseThrow(), g.network("lan").orElseThrow())).hasSize(2);
    }

    @Test
    void addressesResolveWithThePrefixAndGateway() {
        ResolvedAddress cp1 = graph.address("cp1", 0).orElseThrow();
        assertThat(cp1.cidr()).isEqualTo("10.10.20.11/24");
        assertThat(cp1.gateway()).isEqualTo("10.10.20.1");
        assertThat(graph.address("web1", 0).orElseThrow().cidr()).isEqualTo("dhcp");
        // the firewall is the gateway: no gateway of its own on that network
        assertThat(graph.address("fw1", 1).orElseThrow().gateway()).isNull();
        assertThat(graph.addresses("nope")).isEmpty();
    }

    @Test
    void nextFreeAddressSkipsUsedAddressesAndTheDhcpPool() {
        assertThat(graph.nextFreeAddress("lan")).contains("10.10.10.2");
        assertThat(graph.isFree("lan", "10.10.10.5")).isFalse();
        assertThat(graph.isFree("lan", "10.10.10.150")).isFalse();
        assertThat(graph.isFree("lan", "10.10.10.201")).isTrue();
        Lab tiny = Lab.empty("t").withNetworks(List.of(Network.of("n", NetworkKind.LAN, "vmbr1", null, "10.0.0.0/30", "10.0.0.1")))
                .withNodes(List.of(Node.of("a", "linux-vm", Nic.of("n", "10.0.0.2"))));
        assertThat(LabGraph.of(tiny, NodeKinds.builtin()).nextFreeAddress("n")).isEmpty();
    }

    @Test
    void dnsServerIsTheDomainControllerForAdMembersAndTheGatewayOtherwise() {
        assertThat(graph.dnsServer("ws1")).contains("10.10.30.10");
        assertThat(graph.dnsServer("dc1")).contains("10.10.30.10");
        assertThat(graph.dnsServer("cp1")).contains("10.10.20.1");
        assertThat(graph.dnsServer("web1")).contains("10.10.10.1");
    }

    @Test
    void adMemberOnAnotherRoutedAdNetworkUsesTheDomainControllerThroughTheFirewall() {
        Lab routed = lab.withNetwork(Network.of("ad2", NetworkKind.AD, "vmbr1", 31, "10.10.31.0/24", "10.10.31.1"))
                .withNode(Node.of("ws2", "windows-vm", Nic.of("ad2", "10.10.31.20")))
                .updateNode("fw1", n -> RuleFixtures.withNic(n, 6, Nic.of("ad2", "10.10.31.1")));
        LabGraph g = LabGraph.of(routed, NodeKinds.builtin());
        assertThat(g.dnsServer("ws2")).contains("10.10.30.10");
        assertThat(Validator.standard().validate(routed).problems()).isEmpty();
    }

    @Test
    void searchStopsAtFirewallsAndReportsThePath() {
        var reached = graph.reachability().search(List.of(graph.network("wan").orElseThrow()), h -> !h.routes());
        assertThat(reached).containsKey(graph.host("fw1").orElseThrow());
        assertThat(reached).doesNotContainKey(graph.network("lan").orElseThrow());
        var all = graph.reachability().search(List.of(graph.network("wan").orElseThrow()), h -> true);
        assertThat(Reachability.path(all, graph.host("pg1").orElseThrow()).stream().map(LabVertex::id))
                .containsExactly("wan", "fw1", "db", "pg1");
    }

    @Test
    void sharedL2SegmentsAreOneSegment() {
        Lab shared = lab.updateNetwork("db", n -> n.withVlan(30));
        LabGraph g = LabGraph.of(shared, NodeKinds.builtin());
        assertThat(g.segment(g.network("ad").orElseThrow()).stream().map(NetworkVertex::id)).containsExactly("ad", "db");
    }

    @Test
    void routedMeansSameNetworkOrThroughRouters() {
        assertThat(graph.reachability().routed(graph.host("lb1").orElseThrow(), graph.host("pg1").orElseThrow())).isTrue();
        Lab cut = lab.updateNode("fw1", n -> n.withNics(n.nics().subList(0, 4)));  // no NIC on db any more
        LabGraph g = LabGraph.of(cut, NodeKinds.builtin());
        assertThat(g.reachability().routed(g.host("lb1").orElseThrow(), g.host("pg1").orElseThrow())).isFalse();
    }

    @Test
    void unknownKindsAndNetworksDoNotBreakTheGraph() {
        Lab odd = Lab.empty("odd").withNodes(List.of(Node.of("x", "teapot", Nic.dhcp("nowhere")))).withLayout(Map.of());
        LabGraph g = LabGraph.of(odd, NodeKinds.builtin());
        assertThat(g.host("x").orElseThrow().kind()).isEmpty();
        assertThat(g.graph().edgeSet()).isEmpty();
        assertThat(g.addresses("x")).hasSize(1);
    }
}
