package io.labforge.sandbox;

import io.labforge.sandbox.fault.Faults;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Seeded fault injection: the same seed and the same request order give the same faults. */
class SandboxFaultsTest {

    private static List<String> run(long seed, Faults faults, int requests) throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withTimeScale(0.01).withSeed(seed).withFaults(faults));
             TestApi api = new TestApi(sandbox)) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                TestApi.Response r = api.get("/version");
                out.add(r.status() + " " + r.reason());
            }
            return out;
        }
    }

    @Test
    void transientErrorsRepeatWithTheSeed() throws Exception {
        Faults faults = new Faults(0.3, 0, 0, 0, 0);
        List<String> first = run(7, faults, 40);
        List<String> again = run(7, faults, 40);
        List<String> other = run(8, faults, 40);
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(first).anyMatch(s -> s.startsWith("596 Connection timed out") || s.startsWith("599 Too many redirections")
                || s.startsWith("500 got no worker upid"));
        assertThat(first).filteredOn(s -> s.startsWith("200")).hasSizeBetween(15, 38);
    }

    @Test
    void transientErrorsHappenBeforeTheHandler() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withTimeScale(0.01).withFaults(new Faults(1, 0, 0, 0, 0)));
             TestApi api = new TestApi(sandbox)) {
            TestApi.Response r = api.post("/nodes/pve1/qemu/9000/clone", "newid", "105", "name", "x");
            assertThat(r.status()).isIn(500, 596, 599);
            assertThat(sandbox.inspect().cloneCalls()).isEmpty();
            assertThat(sandbox.inspect().guests()).hasSize(3);
        }
    }

    @Test
    void failedTasksEndWithAnErrorAndCleanUp() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withTimeScale(0.01).withFaults(new Faults(0, 1, 0, 0, 0)));
             TestApi api = new TestApi(sandbox)) {
            String upid = api.post("/nodes/pve1/qemu/9000/clone", "newid", "105", "name", "x").data().asText();
            assertThat(api.await(upid)).startsWith("clone failed: ");
            assertThat(sandbox.inspect().guests()).hasSize(3);
            assertThat(sandbox.inspect().locks()).isEmpty();
            TestApi.Response log = api.get("/nodes/pve1/tasks/" + upid.replace("!", "%21") + "/log", "start", "0", "limit", "0");
            assertThat(log.data().get(log.data().size() - 1).path("t").asText()).startsWith("TASK ERROR: clone failed");
            assertThat(log.body().path("total").asInt()).isEqualTo(log.data().size());
        }
    }

    @Test
    void droppedConnectionsLoseTheAnswerButNotTheWork() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withTimeScale(0.01).withFaults(new Faults(0, 0, 1, 0, 0)));
             TestApi api = new TestApi(sandbox)) {
            assertThatThrownBy(() -> api.post("/nodes/pve1/qemu/9000/clone", "newid", "105", "name", "dropped"))
                    .isInstanceOf(NoHttpResponseException.class);
            assertThat(sandbox.inspect().cloneCalls()).containsEntry("dropped", 1);
            assertThat(sandbox.inspect().guests()).anyMatch(g -> g.vmid() == 105);
        }
    }

    @Test
    void slowRequestsTakeLongerInSimulatedTime() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withTimeScale(0.01).withFaults(new Faults(0, 0, 0, 1, 100)));
             TestApi api = new TestApi(sandbox)) {
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                statuses.add(api.get("/version").status());
            }
            // delays are drawn up to 100 s; those beyond pveproxy's 30 s come back as 596
            assertThat(statuses).contains(596).contains(200);
        }
    }

    @Test
    void parsesTheCliForm() {
        assertThat(Faults.parse("transient=0.05,failed-tasks=0.1,drop=0.02,slow=0.1,slow-seconds=20"))
                .isEqualTo(new Faults(0.05, 0.1, 0.02, 0.1, 20));
        assertThatThrownBy(() -> Faults.parse("typo=1")).hasMessageContaining("unknown fault 'typo'");
        assertThatThrownBy(() -> Faults.parse("transient=2")).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> Faults.parse("drop=x")).isInstanceOf(IllegalArgumentException.class);
    }

}
