package io.labforge.layout;

import io.labforge.kind.NodeKinds;
import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.NetworkKind;
import io.labforge.model.Nic;
import io.labforge.model.Node;
import io.labforge.model.Position;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ZoneLayoutTest {

    private final ZoneLayout layout = new ZoneLayout(NodeKinds.builtin(), ZoneLayout.Sizes.DEFAULT);

    private static Lab lab() {
        return Lab.empty("t")
                .withNetwork(Network.of("k8s", NetworkKind.K8S, "vmbr1", 20, "10.10.20.0/24", null))
                .withNetwork(Network.of("lan", NetworkKind.LAN, "vmbr1", 10, "10.10.10.0/24", null))
                .withNetwork(Network.of("wan", NetworkKind.WAN, "vmbr0", null, null, null))
                .withNode(Node.of("web", "linux-vm", Nic.of("lan", "10.10.10.5")))
                .withNode(Node.of("cp1", "k8s-control-plane", Nic.of("k8s", "10.10.20.11")))
                .withNode(Node.of("fw1", "firewall", Nic.dhcp("wan"), Nic.of("lan", "10.10.10.1"), Nic.of("k8s", "10.10.20.1")))
                .withNode(Node.of("internet", "internet", Nic.dhcp("wan")))
                .withNode(Node.of("loner", "linux-vm"));
    }

    @Test
    void layersTopToBottomByZone() {
        Map<String, Position> p = layout.layout(lab());
        assertThat(p).containsKeys("wan", "lan", "k8s", "web", "cp1", "fw1", "internet", "loner");
        assertThat(p.get("internet").y()).isLessThan(p.get("wan").y());
        assertThat(p.get("wan").y()).isLessThan(p.get("fw1").y());
        assertThat(p.get("fw1").y()).isLessThan(p.get("lan").y());
        assertThat(p.get("lan").y()).isLessThan(p.get("k8s").y());
        assertThat(p.get("k8s").y()).isLessThan(p.get("web").y());
        assertThat(p.get("web").x()).isLessThan(p.get("cp1").x());
        assertThat(p.get("cp1").x()).isLessThan(p.get("loner").x());
    }

    @Test
    void longRowsWrap() {
        Lab l = lab();
        for (int i = 0; i < 20; i++) {
            l = l.withNode(Node.of("h" + i, "linux-vm", Nic.of("lan", "10.10.10." + (20 + i))));
        }
        Map<String, Position> p = layout.layout(l);
        assertThat(p.get("h4").y()).isGreaterThan(p.get("h3").y());
        assertThat(p.get("h4").x()).isLessThan(p.get("h3").x());
    }
}
