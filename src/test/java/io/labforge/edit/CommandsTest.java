package io.labforge.edit;

import io.labforge.kind.NodeKinds;
import io.labforge.model.Group;
import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.NetworkKind;
import io.labforge.model.Nic;
import io.labforge.model.Node;
import io.labforge.model.Position;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CommandsTest {

    private static final NodeKinds KINDS = NodeKinds.builtin();

    private static Lab lab() {
        return Lab.empty("t")
                .withNetwork(Network.of("lan", NetworkKind.LAN, "vmbr1", 10, "10.10.10.0/24", "10.10.10.1"))
                .withNetwork(Network.of("k8s", NetworkKind.K8S, "vmbr1", 20, "10.10.20.0/24", "10.10.20.1"))
                .withNode(Node.of("fw1", "firewall", Nic.of("lan", "10.10.10.1")))
                .withNode(Node.of("web", "linux-vm", Nic.of("lan", "10.10.10.2")))
                .withPosition("web", new Position(100, 100));
    }

    @Test
    void addNodeGivesAFreshIdAndThePosition() {
        Lab l = new AddNode(KINDS.get("linux-vm"), new Position(5, 6)).apply(lab());
        l = new AddNode(KINDS.get("linux-vm"), new Position(7, 8)).apply(l);
        assertThat(l.node("linux-vm-1")).isPresent();
        assertThat(l.node("linux-vm-2")).isPresent();
        assertThat(l.position("linux-vm-2")).contains(new Position(7, 8));
    }

    @Test
    void addNetworkTakesTheNextFreeSubnetAndVlan() {
        Lab l = new AddNetwork(NetworkKind.DB, new Position(0, 0)).apply(lab());
        Network db = l.network("db").orElseThrow();
        assertThat(db.cidr()).isEqualTo("10.10.30.0/24");
        assertThat(db.vlan()).isEqualTo(30);
        assertThat(db.gateway()).isEqualTo("10.10.30.1");
    }

    @Test
    void connectAssignsTheNextFreeAddressAndTheGatewayToARouter() {
        Lab l = new Connect("web", "k8s", KINDS).apply(lab());
        assertThat(l.node("web").orElseThrow().nics().get(1)).isEqualTo(Nic.of("k8s", "10.10.20.2"));
        l = new Connect("fw1", "k8s", KINDS).apply(l);
        assertThat(l.node("fw1").orElseThrow().nics().get(1).ip()).isEqualTo("10.10.20.1");
        l = new AddNode(KINDS.get("linux-vm"), new Position(0, 0)).apply(l);
        l = new Connect("linux-vm-1", "lan", KINDS).apply(l);
        assertThat(l.node("linux-vm-1").orElseThrow().nics().get(0).ip()).isEqualTo("10.10.10.3");
    }

    @Test
    void connectSkipsTheDhcpPool() {
        Lab l = lab().updateNetwork("k8s", n -> n.withDhcp(new io.labforge.model.DhcpRange("10.10.20.2", "10.10.20.99")));
        l = new Connect("web", "k8s", KINDS).apply(l);
        assertThat(l.node("web").orElseThrow().nics().get(1).ip()).isEqualTo("10.10.20.100");
    }

    @Test
    void disconnectRemovesOneNic() {
        Lab l = new Disconnect("web", 0).apply(lab());
        assertThat(l.node("web").orElseThrow().nics()).isEmpty();
    }

    @Test
    void removingANetworkRemovesItsNicsAndLayout() {
        Lab l = new Remove(Set.of("lan", "web")).apply(lab());
        assertThat(l.network("lan")).isEmpty();
        assertThat(l.node("web")).isEmpty();
        assertThat(l.node("fw1").orElseThrow().nics()).isEmpty();
        assertThat(l.layout()).doesNotContainKey("web");
    }

    @Test
    void renameFollowsNicsLayoutAndGroups() {
        Lab l = lab().withGroups(List.of(new Group("g", "G", List.of("web"))));
        l = new Rename("lan", "office").apply(l);
        l = new Rename("web", "www").apply(l);
        assertThat(l.node("fw1").orElseThrow().nics().get(0).network()).isEqualTo("office");
        assertThat(l.position("www")).contains(new Position(100, 100));
        assertThat(l.groups().get(0).members()).containsExactly("www");
        assertThat(new Rename("www", "fw1").apply(l)).isEqualTo(l);
    }

    @Test
    void pasteMakesIdsAndStaticAddressesUniqueAndKeepsLinksAmongCopies() {
        Lab l = lab();
        Fragment f = Fragment.of(l, List.of("web"));
        Paste.Result r = Paste.of(f, 40, 40).result(l);
        Node copy = r.lab().node("web2").orElseThrow();
        assertThat(copy.nics()).containsExactly(Nic.of("lan", "10.10.10.3"));
        assertThat(r.lab().position("web2")).contains(new Position(140, 140));

        Fragment both = Fragment.of(l, List.of("lan", "web"));
        Lab l2 = Paste.of(both, 0, 0).apply(l);
        Node copy2 = l2.node("web2").orElseThrow();
        assertThat(copy2.nics().get(0).network()).isEqualTo("lan2");
        assertThat(copy2.nics().get(0).ip()).isEqualTo("10.10.10.2");
    }

    @Test
    void alignAndDistributeUseTheBoxes() {
        List<Arrange.Box> boxes = List.of(
                new Arrange.Box("a", 0, 0, 100, 50),
                new Arrange.Box("b", 50, 100, 100, 50),
                new Arrange.Box("c", 400, 30, 100, 50));
        assertThat(Arrange.align(boxes, Arrange.Align.TOP).to().get("b")).isEqualTo(new Position(50, 0));
        assertThat(Arrange.align(boxes, Arrange.Align.RIGHT).to().get("a")).isEqualTo(new Position(400, 0));
        assertThat(Arrange.distribute(boxes, true).to().get("b")).isEqualTo(new Position(200, 100));
    }

    @Test
    void groupKeepsOnlyExistingNodes() {
        Lab l = new GroupNodes("K8s cluster", List.of("web", "ghost")).apply(lab());
        assertThat(l.groups()).containsExactly(new Group("k8s-cluster", "K8s cluster", List.of("web")));
    }
}
