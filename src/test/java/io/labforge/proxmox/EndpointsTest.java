package io.labforge.proxmox;

import io.labforge.proxmox.cluster.sdn.SdnApi;
import io.labforge.proxmox.fake.ContractCheck;
import io.labforge.proxmox.fake.FakePveServer;
import io.labforge.proxmox.fake.FakeRequest;
import io.labforge.proxmox.fake.FakeResponse;
import io.labforge.proxmox.fake.TestClients;
import io.labforge.proxmox.firewall.FirewallApi;
import io.labforge.proxmox.firewall.FirewallOptions;
import io.labforge.proxmox.firewall.FirewallRule;
import io.labforge.proxmox.firewall.IpSetEntry;
import io.labforge.proxmox.nodes.lxc.LxcCreate;
import io.labforge.proxmox.nodes.network.BridgeCreate;
import io.labforge.proxmox.nodes.qemu.QemuApi;
import io.labforge.proxmox.nodes.qemu.QemuClone;
import io.labforge.proxmox.nodes.qemu.QemuConfig;
import io.labforge.proxmox.nodes.qemu.QemuCreate;
import io.labforge.proxmox.nodes.qemu.QemuOptions;
import io.labforge.proxmox.property.DiskSpec;
import io.labforge.proxmox.property.IpConfig;
import io.labforge.proxmox.property.LxcNic;
import io.labforge.proxmox.property.QemuNic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives every endpoint once and checks what reached the server; {@link ContractCheck} then validates all
 * of these requests against the official schema.
 */
@ExtendWith(ContractCheck.class)
class EndpointsTest {

    private static final String UPID = "UPID:pve1:0035D677:03AB00C3:66DC5987:qmcreate:101:deployer@pve!labforge:";

    private FakePveServer server;
    private ProxmoxClient client;

    @BeforeEach
    void start() {
        server = new FakePveServer().otherwise(r -> r.method().equals("GET") ? FakeResponse.data(List.of()) : FakeResponse.data(UPID));
        server.on("GET /nodes/pve1/tasks/" + UPID + "/status", r -> FakeResponse.data(Map.of("status", "stopped", "exitstatus", "OK")));
        client = TestClients.token(server).build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private FakeRequest last() {
        List<FakeRequest> all = server.received();
        return all.stream().filter(r -> !r.apiPath().contains("/tasks/")).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void qemuLifecycle() {
        QemuApi qemu = client.node("pve1").qemu();
        qemu.create(QemuCreate.of(101, QemuOptions.create().name("fw1").memoryMiB(2048).cores(2).sockets(1).cpu("host")
                .ostype("other").scsihw("virtio-scsi-single").agent(false).onboot(true).tags(List.of("lab-acme", "role-fw"))
                .disk("scsi0", DiskSpec.newVolume("local-lvm", 16).with("discard", "on"))
                .disk("ide2", DiskSpec.cdrom("local:iso/pfSense-CE-2.7.2-RELEASE-amd64.iso"))
                .net(0, QemuNic.virtio("BC:24:11:00:00:01", "vmbr0")).net(1, QemuNic.virtio("BC:24:11:00:00:02", "vmbr1").withTag(20).withFirewall(true))
                .bootOrder(List.of("scsi0", "ide2"))).inPool("lab-acme"));
        FakeRequest create = last();
        assertThat(create.param("net1")).isEqualTo("virtio=BC:24:11:00:00:02,bridge=vmbr1,tag=20,firewall=1");
        assertThat(create.param("boot")).isEqualTo("order=scsi0;ide2");
        assertThat(create.param("onboot")).isEqualTo("1");
        assertThat(create.param("tags")).isEqualTo("lab-acme;role-fw");
        assertThat(create.param("pool")).isEqualTo("lab-acme");

        qemu.clone(9000, QemuClone.of(102, "web1").inPool("lab-acme").fullCopy("local-lvm"));
        assertThat(last().param("full")).isEqualTo("1");

        qemu.updateConfig(102, QemuOptions.create().ipConfig(0, IpConfig.staticV4("10.0.0.5/24", "10.0.0.1")).ciUser("labadmin")
                .ciPassword(Secret.of("pw-for-ci")).ciUpgrade(false).nameserver("10.0.0.1").searchdomain("lab.test")
                .sshKeys(List.of("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx alice@lab")).disk("ide2", DiskSpec.cloudInit("local-lvm")));
        assertThat(last().param("sshkeys")).isEqualTo("ssh-ed25519%20AAAAC3NzaC1lZDI1NTE5AAAAIGx%20alice%40lab");
        assertThat(last().param("ipconfig0")).isEqualTo("ip=10.0.0.5/24,gw=10.0.0.1");
        qemu.updateConfigSync(102, QemuOptions.create().description("web server").delete(List.of("ide2")).digest("0123abcd"));
        assertThat(last().method()).isEqualTo("PUT");

        qemu.resize(102, "scsi0", "+10G");
        assertThat(last().method()).isEqualTo("PUT");
        qemu.start(102);
        qemu.shutdown(102, 60, true);
        assertThat(last().param("forceStop")).isEqualTo("1");
        qemu.reboot(102);
        qemu.stop(102);
        qemu.delete(102, true, true);
        assertThat(last().method()).isEqualTo("DELETE");
        assertThat(last().rawQuery()).isEqualTo("purge=1&destroy-unreferenced-disks=1");
        qemu.agentPing(102);
    }

    @Test
    void qemuReads() {
        server.on("GET /nodes/pve1/qemu/102/config", r -> FakeResponse.data(Map.of("name", "web1", "digest", "abc",
                "net0", "virtio=BC:24:11:00:00:05,bridge=vmbr1", "ipconfig0", "ip=dhcp", "memory", 2048)));
        server.on("GET /nodes/pve1/qemu/102/status/current", r -> FakeResponse.data(Map.of("vmid", 102, "status", "running",
                "qmpstatus", "running", "uptime", 12)));
        server.on("GET /nodes/pve1/qemu/102/pending", r -> FakeResponse.data(List.of(Map.of("key", "memory", "value", 2048, "pending", 4096))));
        server.on("GET /nodes/pve1/qemu/102/agent/network-get-interfaces", r -> FakeResponse.data(Map.of("result", List.of(
                Map.of("name", "lo", "hardware-address", "00:00:00:00:00:00", "ip-addresses",
                        List.of(Map.of("ip-address", "127.0.0.1", "ip-address-type", "ipv4", "prefix", 8))),
                Map.of("name", "eth0", "hardware-address", "bc:24:11:00:00:05", "ip-addresses",
                        List.of(Map.of("ip-address", "10.0.0.5", "ip-address-type", "ipv4", "prefix", 24),
                                Map.of("ip-address", "fe80::1", "ip-address-type", "ipv6", "prefix", 64)))))));
        QemuApi qemu = client.node("pve1").qemu();
        QemuConfig config = qemu.config(102);
        assertThat(config.nics().get(0).mac()).isEqualTo("BC:24:11:00:00:05");
        assertThat(config.ipConfigs().get(0)).isEqualTo(IpConfig.dhcp());
        assertThat(config.get("memory")).contains("2048");
        qemu.currentConfig(102);
        assertThat(last().rawQuery()).isEqualTo("current=1");
        assertThat(qemu.status(102).running()).isTrue();
        assertThat(qemu.pending(102).get(0).needsReboot()).isTrue();
        var ifaces = qemu.agentNetworkInterfaces(102);
        assertThat(ifaces.get(1).ipAddresses()).filteredOn(a -> a.isGlobal()).extracting(a -> a.ipAddress()).containsExactly("10.0.0.5");
        qemu.list();
    }

    @Test
    void containers() {
        var lxc = client.node("pve1").lxc();
        lxc.create(LxcCreate.of(200, "local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst", "dns1", DiskSpec.newVolume("local-lvm", 8))
                .withNic(0, new LxcNic("eth0", "vmbr1", "BC:24:11:00:00:10", "10.0.0.53/24", "10.0.0.1", null, true))
                .withResources(512, 512, 1).inPool("lab-acme")
                .withLogin(List.of("ssh-ed25519 AAAAC3Nz alice@lab"), Secret.of("ct-root-pw")));
        FakeRequest create = last();
        assertThat(create.param("ssh-public-keys")).isEqualTo("ssh-ed25519 AAAAC3Nz alice@lab");
        assertThat(create.param("net0")).isEqualTo("name=eth0,bridge=vmbr1,hwaddr=BC:24:11:00:00:10,ip=10.0.0.53/24,gw=10.0.0.1,firewall=1");
        lxc.updateConfig(200, io.labforge.proxmox.api.Params.create().put("memory", 1024));
        lxc.start(200);
        lxc.stop(200);
        lxc.delete(200, true, true, true);
        server.on("GET /nodes/pve1/lxc/200/config", r -> FakeResponse.data(Map.of("hostname", "dns1")));
        assertThat(lxc.config(200)).containsEntry("hostname", "dns1");
        lxc.list();
    }

    @Test
    void hostNetworkSdnPoolsAndCluster() {
        var net = client.node("pve1").network();
        net.createBridge(BridgeCreate.isolated("vmbr7", "lab acme dmz").withVlanAware());
        assertThat(last().param("autostart")).isEqualTo("1");
        server.on("GET /nodes/pve1/network", r -> new FakeResponse(200, "OK",
                "{\"data\":[{\"iface\":\"vmbr7\",\"type\":\"bridge\",\"active\":0}],\"changes\":\"+auto vmbr7\\n\"}", false));
        assertThat(net.pendingChanges()).isEqualTo("+auto vmbr7\n");
        assertThat(net.list()).singleElement().extracting(i -> i.iface()).isEqualTo("vmbr7");
        net.apply();
        assertThat(last().method()).isEqualTo("PUT");
        net.delete("vmbr7");
        net.revert();

        SdnApi sdn = client.cluster().sdn();
        sdn.createSimpleZone("lab1", "dnsmasq");
        sdn.createVlanZone("lab2", "vmbr0");
        sdn.createVnet("dmz", "lab1", null, "acme dmz");
        sdn.createSubnet("dmz", "10.30.0.0/24", "10.30.0.1", true);
        sdn.apply();
        sdn.zones();
        sdn.vnets();
        sdn.subnets("dmz");
        sdn.deleteSubnet("dmz", "lab1-10.30.0.0-24");
        sdn.deleteVnet("dmz");
        sdn.deleteZone("lab1");

        var pools = client.pools();
        pools.create("lab-acme", "Acme lab");
        pools.addGuests("lab-acme", List.of(101, 102));
        assertThat(last().rawBody()).isEqualTo("poolid=lab-acme&vms=101%2C102");
        pools.removeGuests("lab-acme", List.of(102));
        assertThat(last().param("delete")).isEqualTo("1");
        pools.list();
        pools.delete("lab-acme");
        assertThat(last().rawQuery()).isEqualTo("poolid=lab-acme");

        server.on("GET /cluster/nextid", r -> r.param("vmid") == null ? FakeResponse.data(105)
                : FakeResponse.error(400, "Parameter verification failed.", Map.of("vmid", "VM " + r.param("vmid") + " already exists")));
        assertThat(client.cluster().nextId()).isEqualTo(105);
        assertThat(client.cluster().isFree(101)).isFalse();
        client.cluster().resources("vm");
        client.cluster().status();
        server.on("GET /nodes/pve1/status", r -> FakeResponse.data(Map.of("cpu", 0.1, "memory", Map.of("total", 100, "used", 40, "free", 60),
                "cpuinfo", Map.of("cpus", 8, "cores", 4, "sockets", 1, "model", "x"), "uptime", 5, "pveversion", "pve-manager/9.1.9")));
        assertThat(client.node("pve1").status().memory().free()).isEqualTo(60);
        client.nodes().list();
        client.node("pve1").storage().list();
        client.node("pve1").storage().content("local", "iso");
        assertThat(last().rawQuery()).isEqualTo("content=iso");
    }

    @Test
    void firewallAtEveryLevel() {
        FirewallApi dc = client.cluster().firewall();
        dc.setOptions(FirewallOptions.enabled(true).withPolicies("DROP", "ACCEPT"));
        dc.createIpSet("management", "admin networks");
        dc.addToIpSet("management", new IpSetEntry("192.168.1.0/24", null, "home lan"));
        dc.removeFromIpSet("management", "192.168.1.0/24");
        dc.ipSetEntries("management");
        dc.deleteIpSet("management");
        var groups = client.cluster().securityGroups();
        groups.create("webserver", "HTTP in");
        groups.addRule("webserver", FirewallRule.of("in", "ACCEPT").macro("HTTPS").comment("https"));
        groups.rules("webserver");
        groups.deleteRule("webserver", 0);
        groups.delete("webserver");

        client.node("pve1").firewall().addRule(FirewallRule.of("in", "ACCEPT").port("tcp", "22").from("+management"));
        FirewallApi vm = client.node("pve1").qemu().firewall(101);
        vm.setOptions(FirewallOptions.enabled(true).withIpFilter(false));
        vm.addRule(FirewallRule.of("group", "webserver"));
        assertThat(last().param("enable")).isEqualTo("1");
        vm.addRule(FirewallRule.of("in", "ACCEPT").port("tcp", "443").from("10.0.0.0/24"));
        vm.moveRule(0, 1);
        vm.deleteRule(1);
        vm.rules();
        vm.ipSets();
        client.node("pve1").lxc().firewall(200).setOptions(FirewallOptions.enabled(false));
        server.on("GET /cluster/firewall/options", r -> FakeResponse.data(Map.of("enable", 1, "policy_in", "DROP")));
        assertThat(dc.options().policyIn()).isEqualTo("DROP");
        client.access().permissions();
    }
}
