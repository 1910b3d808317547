package io.labforge.ui.inspector;

import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.NetworkKind;
import io.labforge.model.Node;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RoleListsTest {

    private final Map<String, Object> role = Map.of("frontends",
            List.of(Map.of("port", 80, "backends", List.of("web1"))), "nat", true);

    @Test
    void cellEditsCopyAndAnEmptyListRemovesTheKey() {
        Map<String, Object> edited = RoleLists.setCell(role, "frontends", 0, "backends", List.of("web1", "web2"));
        assertThat(edited.get("frontends")).isEqualTo(List.of(Map.of("port", 80, "backends", List.of("web1", "web2"))));
        assertThat(role.get("frontends")).isEqualTo(List.of(Map.of("port", 80, "backends", List.of("web1"))));
        assertThat(RoleLists.setCell(role, "frontends", 0, "backends", List.of()).get("frontends"))
                .isEqualTo(List.of(Map.of("port", 80)));
        assertThat(RoleLists.removeRow(role, "frontends", 0)).containsOnlyKeys("nat");
        assertThat(RoleLists.setCell(role, "frontends", 5, "port", 1)).isSameAs(role);
    }

    @Test
    void aSingleValueCountsAsAListOfOne() {
        Map<String, Object> one = Map.of("allowFrom", "lan");
        assertThat(RoleLists.addValue(one, "allowFrom", "10.0.0.0/8").get("allowFrom")).isEqualTo(List.of("lan", "10.0.0.0/8"));
        assertThat(RoleLists.setValue(one, "allowFrom", 0, "")).isEmpty();
    }

    @Test
    void newFrontendsTakeTheNextCommonPortNotInUse() {
        assertThat(RoleFields.newFrontend(List.of())).isEqualTo(Map.of("port", 80));
        assertThat(RoleFields.newFrontend(List.of(Map.of("port", 80), Map.of("port", 443)))).isEqualTo(Map.of("port", 8080));
        assertThat(RoleFields.newFrontend(List.of(Map.of("port", 80), Map.of("port", 443), Map.of("port", 8080),
                Map.of("port", 8443), Map.of("port", 9000)))).isEqualTo(Map.of("port", 9001));
    }

    @Test
    void shapesFollowTheKindAndFallBackToReadOnlyForOddValues() {
        assertThat(RoleFields.of("load-balancer", "frontends", null)).containsInstanceOf(RoleField.Table.class);
        assertThat(RoleFields.of("load-balancer", "frontends", List.of("x"))).isEmpty();
        assertThat(RoleFields.of("proxmox-host", "nat", List.of("lan"))).containsInstanceOf(RoleField.Values.class);
        assertThat(RoleFields.of("proxmox-host", "nat", Map.of("networks", List.of("lan")))).isEmpty();
        assertThat(RoleFields.of("firewall", "nat", true)).isEmpty();
        assertThat(RoleFields.of("siem", "agents", List.of("a", "b"))).containsInstanceOf(RoleField.Values.class);
    }

    @Test
    void sourcesAreNetworksNodesAddressesOrSubnets() {
        Lab lab = Lab.empty("t").withNetwork(Network.of("lan", NetworkKind.LAN, "vmbr1", null, "10.0.0.0/24", null))
                .withNode(Node.of("app", "linux-vm"));
        assertThat(RoleFields.networkOrAddress(lab, "lan", false)).isNull();
        assertThat(RoleFields.networkOrAddress(lab, "app", true)).isNull();
        assertThat(RoleFields.networkOrAddress(lab, "app", false)).contains("no network");
        assertThat(RoleFields.networkOrAddress(lab, "10.1.0.0/16", false)).isNull();
        assertThat(RoleFields.networkOrAddress(lab, "10.1.0.0/33", false)).contains("subnet");
        assertThat(RoleFields.packageName("Htop")).isNotNull();
        assertThat(RoleFields.label("tier=web")).isNull();
        assertThat(RoleFields.label("tier")).isNotNull();
    }
}
