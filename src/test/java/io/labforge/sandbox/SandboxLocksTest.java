package io.labforge.sandbox;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Config and storage locks under parallel clones (PITFALLS #1, #2), nextid races (#3), the 596 proxy limit (#7). */
class SandboxLocksTest {

    private Sandbox sandbox;
    private TestApi api;

    private void start(SandboxConfig config) {
        sandbox = Sandbox.start(config);
        api = new TestApi(sandbox);
    }

    @AfterEach
    void stop() throws Exception {
        api.close();
        sandbox.close();
    }

    private List<TestApi.Response> parallel(List<Callable<TestApi.Response>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<TestApi.Response> out = new ArrayList<>();
            for (Future<TestApi.Response> f : pool.invokeAll(calls)) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void parallelFullClonesBeyondTheStorageLimitFailWithALockTimeout() throws Exception {
        start(SandboxConfig.defaults().withTimeScale(0.05).withStorageSlots(1));
        List<Callable<TestApi.Response>> clones = new ArrayList<>();
        for (int id = 201; id <= 203; id++) {
            int newid = id;
            clones.add(() -> api.post("/nodes/pve1/qemu/9000/clone", "newid", String.valueOf(newid), "name", "vm" + newid,
                    "full", "1"));
        }
        List<String> results = new ArrayList<>();
        for (TestApi.Response r : parallel(clones)) {
            assertThat(r.status()).as(r.reason()).isEqualTo(200);
            results.add(api.await(r.data().asText()));
        }
        assertThat(results).filteredOn("OK"::equals).hasSize(1);
        assertThat(results).filteredOn(s -> !s.equals("OK")).hasSize(2).allSatisfy(s -> assertThat(s)
                .isEqualTo("clone failed: can't lock file '/var/lock/pve-manager/pve-storage-local-lvm' - got timeout"));
        // no orphans: failed clones leave no guest and no lock behind
        assertThat(sandbox.inspect().guests()).filteredOn(g -> !g.template()).hasSize(1);
        assertThat(sandbox.inspect().locks()).isEmpty();
        assertThat(sandbox.inspect().cloneCalls()).containsOnlyKeys("vm201", "vm202", "vm203");
    }

    @Test
    void parallelLinkedClonesOfATemplateShareItsLock() throws Exception {
        start(SandboxConfig.defaults().withTimeScale(0.02));
        List<Callable<TestApi.Response>> clones = new ArrayList<>();
        for (int id = 301; id <= 304; id++) {
            int newid = id;
            clones.add(() -> api.post("/nodes/pve1/qemu/9001/clone", "newid", String.valueOf(newid), "name", "k8s" + newid));
        }
        for (TestApi.Response r : parallel(clones)) {
            assertThat(api.await(r.data().asText())).isEqualTo("OK");
        }
        assertThat(sandbox.inspect().guests()).filteredOn(g -> !g.template()).hasSize(4);
    }

    @Test
    void configUpdatesWaitForTheCloneAndTimeOut() throws Exception {
        start(SandboxConfig.defaults().withTimeScale(0.05));
        String clone = api.post("/nodes/pve1/qemu/9000/clone", "newid", "210", "name", "big", "full", "1").data().asText();
        TestApi.Response update = api.put("/nodes/pve1/qemu/210/config", "cores", "4");
        assertThat(update.status()).isEqualTo(500);
        assertThat(update.reason()).isEqualTo("can't lock file '/var/lock/qemu-server/lock-210.conf' - got timeout");
        assertThat(api.await(clone)).isEqualTo("OK");
        assertThat(api.put("/nodes/pve1/qemu/210/config", "cores", "4").status()).isEqualTo(200);
    }

    @Test
    void cloningARunningVmLocksItExclusively() throws Exception {
        start(SandboxConfig.defaults().withTimeScale(0.05));
        api.await(api.post("/nodes/pve1/qemu/9000/clone", "newid", "220", "name", "src").data().asText());
        api.await(api.post("/nodes/pve1/qemu/220/status/start").data().asText());
        String first = api.post("/nodes/pve1/qemu/220/clone", "newid", "221", "name", "copy1").data().asText();
        TestApi.Response second = api.post("/nodes/pve1/qemu/220/clone", "newid", "222", "name", "copy2");
        assertThat(second.status()).isEqualTo(500);
        assertThat(second.reason()).isEqualTo("can't lock file '/var/lock/qemu-server/lock-220.conf' - got timeout");
        assertThat(api.await(first)).isEqualTo("OK");
    }

    @Test
    void nextidReservesNothing() throws Exception {
        start(SandboxConfig.defaults().withTimeScale(0.01));
        assertThat(api.get("/cluster/nextid").data().asInt()).isEqualTo(100);
        assertThat(api.get("/cluster/nextid").data().asInt()).isEqualTo(100);
        TestApi.Response taken = api.get("/cluster/nextid", "vmid", "9000");
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.errors().path("vmid").asText()).isEqualTo("VM 9000 already exists");
        assertThat(api.get("/cluster/nextid", "vmid", "150").data().asInt()).isEqualTo(150);

        // two deployers that both asked nextid race for 100: exactly one wins, the other gets PVE's error
        List<Callable<TestApi.Response>> creates = List.of(
                () -> api.post("/nodes/pve1/qemu", "vmid", "100", "name", "a", "memory", "512"),
                () -> api.post("/nodes/pve1/qemu", "vmid", "100", "name", "b", "memory", "512"));
        List<TestApi.Response> results = parallel(creates);
        assertThat(results).filteredOn(r -> r.status() == 200).hasSize(1);
        assertThat(results).filteredOn(r -> r.status() == 500).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("unable to create VM 100 - VM 100 already exists on node 'pve1'"));
        assertThat(api.get("/cluster/nextid").data().asInt()).isEqualTo(101);
    }

    @Test
    void synchronousCallsLongerThanThirtySecondsAnswer596ButStillHappen() throws Exception {
        start(SandboxConfig.defaults().withTimeScale(0.01));
        api.await(api.post("/nodes/pve1/qemu/9000/clone", "newid", "230", "name", "disks").data().asText());
        // five synchronous disk allocations of 8 s each: beyond pveproxy's 30 s
        TestApi.Response r = api.put("/nodes/pve1/qemu/230/config", "scsi1", "local-lvm:1", "scsi2", "local-lvm:1",
                "scsi3", "local-lvm:1", "scsi4", "local-lvm:1", "scsi5", "local-lvm:1");
        assertThat(r.status()).isEqualTo(596);
        assertThat(r.reason()).isEqualTo("Connection timed out");
        Thread.sleep(300);
        assertThat(api.get("/nodes/pve1/qemu/230/config").data().path("scsi5").asText()).startsWith("local-lvm:vm-230-disk-");
    }
}
