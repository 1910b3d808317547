package io.labforge.proxmox.it;

import io.labforge.proxmox.ProxmoxClient;
import io.labforge.proxmox.fake.ContractCheck;
import io.labforge.proxmox.firewall.FirewallOptions;
import io.labforge.proxmox.firewall.FirewallRule;
import io.labforge.proxmox.firewall.IpSetEntry;
import io.labforge.proxmox.nodes.lxc.LxcApi;
import io.labforge.proxmox.nodes.lxc.LxcCreate;
import io.labforge.proxmox.nodes.network.BridgeCreate;
import io.labforge.proxmox.nodes.network.NetworkApi;
import io.labforge.proxmox.property.DiskSpec;
import io.labforge.proxmox.property.LxcNic;
import io.labforge.sandbox.Sandbox;
import io.labforge.sandbox.SandboxConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Containers, host bridges, SDN and firewall objects against the simulated Proxmox VE. */
@ExtendWith(ContractCheck.class)
class SandboxInfrastructureTest {

    private Sandbox sandbox;
    private ProxmoxClient client;

    @BeforeEach
    void start() {
        sandbox = Sandbox.start(SandboxConfig.defaults().withTimeScale(0.01));
        client = SandboxClients.token(sandbox).build();
    }

    @AfterEach
    void stop() {
        client.close();
        sandbox.close();
    }

    @Test
    void containerLife() {
        LxcApi lxc = client.node("pve1").lxc();
        lxc.create(LxcCreate.of(200, "local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst", "dns1", DiskSpec.newVolume("local-lvm", 8))
                .withNic(0, new LxcNic("eth0", "vmbr1", "BC:24:11:00:00:C8", "10.20.0.53/24", "10.20.0.1", null, true))
                .withResources(512, 512, 1));
        assertThat(LxcNic.parse(lxc.config(200).get("net0")).hwaddr()).isEqualTo("BC:24:11:00:00:C8");
        lxc.start(200);
        assertThat(lxc.status(200).running()).isTrue();
        lxc.stop(200);
        lxc.delete(200, false, true, true);
        assertThat(lxc.list()).noneMatch(c -> c.vmid() == 200);
    }

    @Test
    void bridgesArePendingUntilApplied() {
        NetworkApi net = client.node("pve1").network();
        net.createBridge(BridgeCreate.isolated("vmbr7", "lab acme dmz"));
        assertThat(net.pendingChanges()).contains("vmbr7");
        net.apply();
        assertThat(net.pendingChanges()).isEmpty();
        assertThat(net.list()).anyMatch(i -> i.iface().equals("vmbr7") && i.isActive());
        net.delete("vmbr7");
        net.apply();
        assertThat(net.list()).noneMatch(i -> i.iface().equals("vmbr7"));
    }

    @Test
    void sdnZoneVnetSubnetAndApply() {
        var sdn = client.cluster().sdn();
        sdn.createSimpleZone("lab1", null);
        sdn.createVnet("dmz", "lab1", null, "acme dmz");
        sdn.createSubnet("dmz", "10.30.0.0/24", "10.30.0.1", true);
        sdn.apply();
        assertThat(sdn.zones()).extracting(z -> z.zone()).contains("lab1");
        assertThat(sdn.vnets()).extracting(v -> v.vnet()).contains("dmz");
        assertThat(sdn.subnets("dmz")).extracting(s -> s.subnet()).containsExactly("lab1-10.30.0.0-24");
        sdn.deleteSubnet("dmz", "lab1-10.30.0.0-24");
        sdn.deleteVnet("dmz");
        sdn.deleteZone("lab1");
        sdn.apply();
        assertThat(sdn.zones()).extracting(z -> z.zone()).doesNotContain("lab1");
    }

    @Test
    void firewallObjectsAtDatacenterAndGuestLevel() {
        var dc = client.cluster().firewall();
        dc.createIpSet("management", "admin networks");
        dc.addToIpSet("management", new IpSetEntry("192.168.1.0/24", null, "home lan"));
        dc.addToIpSet("management", new IpSetEntry("10.9.9.9", null, "jump host"));
        assertThat(dc.ipSetEntries("management")).extracting(IpSetEntry::cidr).contains("192.168.1.0/24", "10.9.9.9");
        client.cluster().securityGroups().create("webserver", "HTTP(S) in");
        client.cluster().securityGroups().addRule("webserver", FirewallRule.of("in", "ACCEPT").macro("HTTPS"));
        var vm = client.node("pve1").qemu().firewall(9000);
        vm.setOptions(FirewallOptions.enabled(true).withIpFilter(false));
        vm.addRule(FirewallRule.of("in", "ACCEPT").port("tcp", "22").from("+management"));
        vm.addRule(FirewallRule.of("group", "webserver"));
        List<FirewallRule> rules = vm.rules();
        assertThat(rules).hasSize(2);
        assertThat(rules.get(0).type()).isEqualTo("group"); // new rules go to the top
        assertThat(rules).allMatch(FirewallRule::enabled);
        assertThat(vm.options().enable()).isTrue();
        dc.removeFromIpSet("management", "10.9.9.9");
        assertThat(dc.ipSetEntries("management")).extracting(IpSetEntry::cidr).containsExactly("192.168.1.0/24");
        // the CIDR travels as one escaped path segment (192.168.1.0%2F24), as PVE expects it
        dc.removeFromIpSet("management", "192.168.1.0/24");
        assertThat(dc.ipSetEntries("management")).isEmpty();
    }
}
