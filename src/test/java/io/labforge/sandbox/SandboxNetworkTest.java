package io.labforge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Host bridges and SDN are staged until applied (PITFALLS #17, #18); firewall rules insert at the top (#19). */
class SandboxNetworkTest {

    Sandbox sandbox;
    TestApi api;

    @BeforeEach
    void start() {
        sandbox = Sandbox.start(SandboxConfig.defaults().withTimeScale(0.01).withNodes(List.of("pve1", "pve2")));
        api = new TestApi(sandbox);
    }

    @AfterEach
    void stop() throws Exception {
        api.close();
        sandbox.close();
    }

    @Test
    void bridgesArePendingUntilTheNetworkIsApplied() throws Exception {
        assertThat(api.post("/nodes/pve1/network", "iface", "vmbr7", "type", "bridge", "autostart", "1",
                "bridge_vlan_aware", "1", "comments", "lab acme").status()).isEqualTo(200);
        TestApi.Response staged = api.get("/nodes/pve1/network");
        assertThat(staged.body().path("changes").asText()).contains("+iface vmbr7");
        JsonNode vmbr7 = find(staged.data(), "vmbr7");
        assertThat(vmbr7.path("active").asInt()).isZero();
        assertThat(vmbr7.path("bridge_vids").asText()).isEqualTo("2-4094");

        api.await(api.post("/nodes/pve1/qemu/9000/clone", "newid", "150", "name", "lab").data().asText());
        api.await(api.post("/nodes/pve1/qemu/150/config", "net1", "virtio,bridge=vmbr7").data().asText());
        assertThat(api.await(api.post("/nodes/pve1/qemu/150/status/start").data().asText()))
                .isEqualTo("bridge 'vmbr7' does not exist");

        String reload = api.put("/nodes/pve1/network").data().asText();
        assertThat(reload).contains(":srvreload:networking:");
        assertThat(api.await(reload)).isEqualTo("OK");
        TestApi.Response applied = api.get("/nodes/pve1/network");
        assertThat(applied.body().has("changes")).isFalse();
        assertThat(find(applied.data(), "vmbr7").path("active").asInt()).isEqualTo(1);
        assertThat(api.await(api.post("/nodes/pve1/qemu/150/status/start").data().asText())).isEqualTo("OK");
        // bridges are per node
        assertThat(find(api.get("/nodes/pve2/network").data(), "vmbr7")).isNull();
    }

    @Test
    void revertDropsStagedChanges() throws Exception {
        api.post("/nodes/pve2/network", "iface", "vmbr8", "type", "bridge");
        api.delete("/nodes/pve2/network");
        assertThat(find(api.get("/nodes/pve2/network").data(), "vmbr8")).isNull();
        TestApi.Response gateway = api.post("/nodes/pve2/network", "iface", "vmbr9", "type", "bridge",
                "cidr", "10.9.0.1/24", "gateway", "10.9.0.254");
        assertThat(gateway.status()).isEqualTo(400);
        assertThat(gateway.errors().path("gateway").asText()).contains("Default gateway already exists");
    }

    @Test
    void sdnIsPendingUntilAppliedAndNodesFollowLater() throws Exception {
        assertThat(api.post("/cluster/sdn/zones", "zone", "lab-1", "type", "simple").errors().has("zone")).isTrue();
        assertThat(api.post("/cluster/sdn/zones", "zone", "lab1", "type", "simple", "ipam", "pve").status()).isEqualTo(200);
        assertThat(api.post("/cluster/sdn/vnets", "vnet", "labvnet01", "zone", "lab1").status()).isEqualTo(400);
        assertThat(api.post("/cluster/sdn/vnets", "vnet", "lab1v10", "zone", "lab1").status()).isEqualTo(200);
        assertThat(api.post("/cluster/sdn/vnets/lab1v10/subnets", "subnet", "10.30.0.0/24", "type", "subnet",
                "gateway", "10.30.0.1", "snat", "1").status()).isEqualTo(200);
        assertThat(api.get("/cluster/sdn/vnets/lab1v10/subnets/lab1-10.30.0.0-24").status()).isEqualTo(200);
        JsonNode zones = api.get("/cluster/sdn/zones", "pending", "1").data();
        assertThat(zones.get(0).path("state").asText()).isEqualTo("new");
        assertThat(api.get("/cluster/sdn/zones", "running", "1").data()).isEmpty();
        assertThat(api.get("/nodes/pve1/sdn/zones").data()).isEmpty();

        String apply = api.put("/cluster/sdn").data().asText();
        assertThat(apply).contains(":reloadnetworkall:");
        assertThat(api.await(apply)).isEqualTo("OK");
        assertThat(api.get("/cluster/sdn/zones", "running", "1").data().findValuesAsText("zone")).containsExactly("lab1");
        for (String node : List.of("pve1", "pve2")) {
            JsonNode status = null;
            for (int i = 0; i < 200; i++) {
                status = api.get("/nodes/" + node + "/sdn/zones").data();
                if (status.size() == 1 && status.get(0).path("status").asText().equals("available")) {
                    break;
                }
                Thread.sleep(20);
            }
            assertThat(status.get(0).path("status").asText()).isEqualTo("available");
        }
        // a vnet is a bridge for guests once applied
        api.await(api.post("/nodes/pve1/qemu/9000/clone", "newid", "160", "name", "onvnet").data().asText());
        api.await(api.post("/nodes/pve1/qemu/160/config", "net0", "virtio,bridge=lab1v10").data().asText());
        assertThat(api.await(api.post("/nodes/pve1/qemu/160/status/start").data().asText())).isEqualTo("OK");
    }

    @Test
    void sdnLockTokensGuardEdits() throws Exception {
        String token = api.post("/cluster/sdn/lock").data().asText();
        assertThat(api.post("/cluster/sdn/zones", "zone", "lab2", "type", "simple").status()).isEqualTo(500);
        assertThat(api.post("/cluster/sdn/zones", "zone", "lab2", "type", "simple", "lock-token", token).status()).isEqualTo(200);
        assertThat(api.await(api.put("/cluster/sdn", "lock-token", token, "release-lock", "1").data().asText())).isEqualTo("OK");
        assertThat(api.post("/cluster/sdn/zones", "zone", "lab3", "type", "simple").status()).isEqualTo(200);
    }

    @Test
    void firewallRulesGoToTheTopAndStayDisabledWithoutEnable() throws Exception {
        api.post("/cluster/firewall/rules", "type", "in", "action", "ACCEPT", "macro", "SSH", "enable", "1");
        api.post("/cluster/firewall/rules", "type", "in", "action", "DROP", "pos", "5");
        JsonNode rules = api.get("/cluster/firewall/rules").data();
        assertThat(rules.get(0).path("action").asText()).isEqualTo("DROP");
        assertThat(rules.get(0).has("enable")).isFalse();
        assertThat(rules.get(1).path("pos").asInt()).isEqualTo(1);
        api.put("/cluster/firewall/rules/1", "moveto", "0");
        assertThat(api.get("/cluster/firewall/rules").data().get(0).path("macro").asText()).isEqualTo("SSH");

        assertThat(api.post("/cluster/firewall/groups", "group", "webservers").status()).isEqualTo(200);
        api.post("/cluster/firewall/groups/webservers", "type", "in", "action", "ACCEPT", "dport", "443", "proto", "tcp",
                "enable", "1");
        assertThat(api.get("/cluster/firewall/groups/webservers").data()).hasSize(1);
        assertThat(api.post("/cluster/firewall/ipset", "name", "management", "comment", "admins").status()).isEqualTo(200);
        api.post("/cluster/firewall/ipset/management", "cidr", "192.168.1.0/24");
        assertThat(api.get("/cluster/firewall/ipset/management").data().get(0).path("cidr").asText()).isEqualTo("192.168.1.0/24");
        assertThat(api.put("/cluster/firewall/options", "enable", "1", "policy_in", "DROP").status()).isEqualTo(200);
        assertThat(api.get("/cluster/firewall/options").data().path("enable").asInt()).isEqualTo(1);
        assertThat(api.put("/nodes/pve1/qemu/9000/firewall/options", "enable", "1", "ipfilter", "0").status()).isEqualTo(200);
        assertThat(api.post("/nodes/pve1/qemu/9000/firewall/rules", "type", "group", "action", "webservers", "enable", "1")
                .status()).isEqualTo(200);
        assertThat(api.get("/nodes/pve1/qemu/123/firewall/rules").status()).isEqualTo(500);
    }

    @Test
    void poolsHoldGuestsAndMustBeEmptyToDelete() throws Exception {
        assertThat(api.post("/pools", "poolid", "lab-acme", "comment", "Acme lab").status()).isEqualTo(200);
        TestApi.Response missing = api.post("/nodes/pve1/qemu/9000/clone", "newid", "170", "pool", "nope");
        assertThat(missing.status()).isEqualTo(403);
        api.await(api.post("/nodes/pve1/qemu/9000/clone", "newid", "170", "name", "m1", "pool", "lab-acme").data().asText());
        JsonNode pool = api.get("/pools", "poolid", "lab-acme").data().get(0);
        assertThat(pool.path("members").get(0).path("vmid").asInt()).isEqualTo(170);
        assertThat(api.delete("/pools", "poolid", "lab-acme").reason()).isEqualTo("pool 'lab-acme' is not empty");
        api.put("/pools", "poolid", "lab-acme", "vms", "170", "delete", "1");
        assertThat(api.delete("/pools", "poolid", "lab-acme").status()).isEqualTo(200);
        assertThat(api.get("/cluster/status").data().get(0).path("quorate").asInt()).isEqualTo(1);
    }

    private static JsonNode find(JsonNode list, String iface) {
        for (JsonNode n : list) {
            if (n.path("iface").asText().equals(iface)) {
                return n;
            }
        }
        return null;
    }
}
