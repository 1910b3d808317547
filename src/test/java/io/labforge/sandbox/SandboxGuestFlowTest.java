package io.labforge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Clone, configure, start and reach the guest agent, as a deployer does; tasks complete at scaled times. */
class SandboxGuestFlowTest {

    Sandbox sandbox;
    TestApi api;

    @BeforeEach
    void start() {
        sandbox = Sandbox.start(SandboxConfig.defaults().withTimeScale(0.01));
        api = new TestApi(sandbox);
    }

    @AfterEach
    void stop() throws Exception {
        api.close();
        sandbox.close();
    }

    private String task(TestApi.Response r) {
        assertThat(r.status()).as(r.reason()).isEqualTo(200);
        String upid = r.data().asText();
        assertThat(upid).matches("UPID:pve1:[0-9A-F]{8}:[0-9A-F]{8}:[0-9A-F]{8}:[a-z]+:\\d*:labforge@pve!sandbox:");
        return upid;
    }

    @Test
    void linkedCloneConfigureStartAndReachTheAgent() throws Exception {
        String clone = task(api.post("/nodes/pve1/qemu/9000/clone", "newid", "105", "name", "bastion", "full", "0"));
        assertThat(clone).contains(":qmclone:9000:");
        assertThat(api.await(clone)).isEqualTo("OK");
        TestApi.Response after = api.get("/nodes/pve1/qemu/105/status/current");
        assertThat(after.data().has("lock")).isFalse();
        JsonNode config = api.get("/nodes/pve1/qemu/105/config").data();
        assertThat(config.path("name").asText()).isEqualTo("bastion");
        assertThat(config.path("scsi0").asText()).startsWith("local-lvm:base-9000-disk-0/vm-105-disk-0");
        assertThat(config.path("net0").asText()).matches("virtio=BC:24:11:[0-9A-F]{2}:[0-9A-F]{2}:[0-9A-F]{2},bridge=vmbr0");
        String templateMac = api.get("/nodes/pve1/qemu/9000/config").data().path("net0").asText();
        assertThat(config.path("net0").asText()).isNotEqualTo(templateMac);

        String cfg = task(api.post("/nodes/pve1/qemu/105/config", "ipconfig0", "ip=10.20.0.10/24,gw=10.20.0.1",
                "net0", "virtio=BC:24:11:00:00:01,bridge=vmbr0", "ciupgrade", "0", "memory", "4096"));
        assertThat(api.await(cfg)).isEqualTo("OK");
        assertThat(api.get("/nodes/pve1/qemu/105/config").data().path("net0").asText())
                .isEqualTo("virtio=BC:24:11:00:00:01,bridge=vmbr0");

        assertThat(api.await(task(api.post("/nodes/pve1/qemu/105/status/start")))).isEqualTo("OK");
        TestApi.Response early = api.post("/nodes/pve1/qemu/105/agent/ping");
        assertThat(early.status()).isEqualTo(500);
        assertThat(early.reason()).isEqualTo("QEMU guest agent is not running");

        JsonNode ifaces = awaitAgent("/nodes/pve1/qemu/105/agent/network-get-interfaces");
        JsonNode eth0 = ifaces.path("result").get(1);
        assertThat(eth0.path("hardware-address").asText()).isEqualTo("bc:24:11:00:00:01");
        assertThat(eth0.path("ip-addresses").get(0).path("ip-address").asText()).isEqualTo("10.20.0.10");
        assertThat(sandbox.inspect().cloneCalls()).containsEntry("bastion", 1);
    }

    @Test
    void cloneTargetIsLockedWhileCopying() throws Exception {
        try (Sandbox realTime = Sandbox.start(SandboxConfig.defaults()); TestApi slow = new TestApi(realTime)) {
            String clone = task(slow.post("/nodes/pve1/qemu/9000/clone", "newid", "105", "name", "bastion", "full", "1"));
            TestApi.Response during = slow.get("/nodes/pve1/qemu/105/status/current");
            assertThat(during.data().path("lock").asText()).isEqualTo("clone");
            TestApi.Response locked = slow.post("/nodes/pve1/qemu/105/status/start");
            assertThat(locked.status()).isEqualTo(500);
            assertThat(locked.reason()).isEqualTo("VM 105 is locked (clone)");
            assertThat(realTime.inspect().locks()).containsEntry(105, "clone");
            assertThat(slow.get("/nodes/pve1/tasks/" + clone.replace("!", "%21") + "/status").data().path("status").asText())
                    .isEqualTo("running");
        }
    }

    private JsonNode awaitAgent(String path) throws Exception {
        for (int i = 0; i < 500; i++) {
            TestApi.Response r = api.get(path);
            if (r.status() == 200) {
                return r.data();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("agent never answered");
    }

    @Test
    void dhcpAddressesComeFromTheBridgePoolAndStayStable() throws Exception {
        api.await(task(api.post("/nodes/pve1/qemu/9001/clone", "newid", "110", "name", "web1")));
        api.await(task(api.post("/nodes/pve1/qemu/110/config", "ciupgrade", "0")));
        api.await(task(api.post("/nodes/pve1/qemu/110/status/start")));
        JsonNode first = awaitAgent("/nodes/pve1/qemu/110/agent/network-get-interfaces");
        String ip = first.path("result").get(1).path("ip-addresses").get(0).path("ip-address").asText();
        assertThat(ip).startsWith("192.168.1.");
        JsonNode again = awaitAgent("/nodes/pve1/qemu/110/agent/network-get-interfaces");
        assertThat(again.path("result").get(1).path("ip-addresses").get(0).path("ip-address").asText()).isEqualTo(ip);
    }

    @Test
    void changesToARunningVmArePendingUntilReboot() throws Exception {
        api.await(task(api.post("/nodes/pve1/qemu/9000/clone", "newid", "106", "name", "app1")));
        api.await(task(api.post("/nodes/pve1/qemu/106/status/start")));
        api.await(task(api.post("/nodes/pve1/qemu/106/config", "cores", "4", "tags", "lab-acme")));
        JsonNode config = api.get("/nodes/pve1/qemu/106/config").data();
        assertThat(config.path("cores").asInt()).isEqualTo(4);
        assertThat(api.get("/nodes/pve1/qemu/106/config", "current", "1").data().path("cores").asInt()).isEqualTo(2);
        JsonNode pending = api.get("/nodes/pve1/qemu/106/pending").data();
        assertThat(pending.toString()).contains("\"key\":\"cores\",\"value\":\"2\",\"pending\":\"4\"");
        assertThat(api.get("/nodes/pve1/qemu/106/config", "current", "1").data().path("tags").asText()).isEqualTo("lab-acme");

        api.await(task(api.post("/nodes/pve1/qemu/106/status/reboot")));
        assertThat(api.get("/nodes/pve1/qemu/106/config", "current", "1").data().path("cores").asInt()).isEqualTo(4);
    }

    @Test
    void fullCloneCreateFromIsoResizeStopAndDelete() throws Exception {
        api.await(task(api.post("/nodes/pve1/qemu/9002/clone", "newid", "120", "name", "db1", "full", "1",
                "storage", "local-lvm")));
        assertThat(api.get("/nodes/pve1/qemu/120/config").data().path("scsi0").asText()).startsWith("local-lvm:vm-120-disk-0");
        assertThat(api.await(task(api.put("/nodes/pve1/qemu/120/resize", "disk", "scsi0", "size", "+10G")))).isEqualTo("OK");
        assertThat(api.get("/nodes/pve1/qemu/120/config").data().path("scsi0").asText()).contains("size=13G");
        assertThat(api.await(task(api.put("/nodes/pve1/qemu/120/resize", "disk", "scsi0", "size", "5G"))))
                .isEqualTo("shrinking disks is not supported");

        String create = task(api.post("/nodes/pve1/qemu", "vmid", "130", "name", "fw1", "memory", "2048", "ostype", "other",
                "scsi0", "local-lvm:16", "ide2", "local:iso/pfSense-CE-2.7.2-RELEASE-amd64.iso,media=cdrom",
                "net0", "virtio,bridge=vmbr0", "net1", "virtio,bridge=vmbr1", "agent", "1", "start", "1"));
        assertThat(api.await(create)).isEqualTo("OK");
        JsonNode fw = api.get("/nodes/pve1/qemu/130/config").data();
        assertThat(fw.path("scsi0").asText()).isEqualTo("local-lvm:vm-130-disk-0,size=16G");
        assertThat(fw.path("net1").asText()).matches("virtio=BC:24:11:.*,bridge=vmbr1");
        assertThat(api.get("/nodes/pve1/qemu/130/status/current").data().path("status").asText()).isEqualTo("running");
        Thread.sleep(400);
        assertThat(api.post("/nodes/pve1/qemu/130/agent/ping").reason()).isEqualTo("QEMU guest agent is not running");

        TestApi.Response running = api.delete("/nodes/pve1/qemu/130");
        assertThat(running.reason()).isEqualTo("VM 130 is running - destroy failed");
        assertThat(api.await(task(api.post("/nodes/pve1/qemu/130/status/stop")))).isEqualTo("OK");
        assertThat(api.await(task(api.delete("/nodes/pve1/qemu/130", "purge", "1")))).isEqualTo("OK");
        assertThat(api.get("/nodes/pve1/qemu/130/config").reason())
                .isEqualTo("Configuration file 'nodes/pve1/qemu-server/130.conf' does not exist");
        assertThat(sandbox.inspect().createCalls()).containsEntry("fw1", 1);
    }

    @Test
    void containersCreateStartAndReportInterfaces() throws Exception {
        // rootfs defaults to 'local', which (as on many hosts) has no rootdir content
        TestApi.Response noRootfs = api.post("/nodes/pve1/lxc", "vmid", "200", "hostname", "dns1",
                "ostemplate", "local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst");
        assertThat(noRootfs.reason()).isEqualTo("storage 'local' does not support content-type 'rootdir'");
        String ct = task(api.post("/nodes/pve1/lxc", "vmid", "201", "hostname", "dns2",
                "ostemplate", "local:vztmpl/alpine-3.20-default_20240908_amd64.tar.xz", "rootfs", "local-lvm:8",
                "net0", "name=eth0,bridge=vmbr1,ip=10.20.0.5/24,gw=10.20.0.1", "start", "1"));
        assertThat(ct).contains(":vzcreate:201:");
        assertThat(api.await(ct)).isEqualTo("OK");
        JsonNode ifaces = api.get("/nodes/pve1/lxc/201/interfaces").data();
        assertThat(ifaces.get(1).path("name").asText()).isEqualTo("eth0");
        assertThat(ifaces.get(1).path("ip-addresses").get(0).path("ip-address").asText()).isEqualTo("10.20.0.5");
        assertThat(api.post("/nodes/pve1/lxc/201/status/start").reason()).isEqualTo("CT 201 already running");
    }

    @Test
    void linkedClonesNeedATemplateAndStayOnTheirNode() throws Exception {
        api.await(task(api.post("/nodes/pve1/qemu/9000/clone", "newid", "140", "name", "plain")));
        TestApi.Response linked = api.post("/nodes/pve1/qemu/140/clone", "newid", "141", "full", "0");
        assertThat(linked.reason()).isEqualTo("Linked clone feature is not supported for drive 'scsi0'");
        TestApi.Response withStorage = api.post("/nodes/pve1/qemu/9000/clone", "newid", "142", "full", "0", "storage", "local-lvm");
        assertThat(withStorage.reason()).isEqualTo("parameter 'storage' not allowed for linked clones");
        TestApi.Response taken = api.post("/nodes/pve1/qemu/9000/clone", "newid", "140");
        assertThat(taken.reason()).isEqualTo("unable to create VM 140 - VM 140 already exists on node 'pve1'");
    }
}
