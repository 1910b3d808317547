package io.labforge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Task status, log paging, listing and stopping; JSON request bodies. */
class SandboxTasksTest {

    private static String path(String upid) {
        return "/nodes/pve1/tasks/" + URLEncoder.encode(upid, StandardCharsets.UTF_8);
    }

    @Test
    void stoppingAFullCloneEndsItAndRemovesTheHalfMadeVm() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults()); TestApi api = new TestApi(sandbox)) {
            String upid = api.post("/nodes/pve1/qemu/9000/clone", "newid", "180", "name", "big", "full", "1").data().asText();
            JsonNode running = api.get(path(upid) + "/status").data();
            assertThat(running.path("status").asText()).isEqualTo("running");
            assertThat(running.path("type").asText()).isEqualTo("qmclone");
            assertThat(running.path("id").asText()).isEqualTo("9000");
            assertThat(running.path("user").asText()).isEqualTo("labforge@pve!sandbox");
            assertThat(api.get("/nodes/pve1/tasks", "source", "active").data().findValuesAsText("upid")).contains(upid);

            assertThat(api.delete(path(upid)).status()).isEqualTo(200);
            assertThat(api.await(upid)).isEqualTo("interrupted by signal");
            assertThat(sandbox.inspect().guests()).noneMatch(g -> g.vmid() == 180);
            assertThat(sandbox.inspect().locks()).isEmpty();
            assertThat(api.get("/nodes/pve1/tasks", "errors", "1").data().findValuesAsText("upid")).contains(upid);
        }
    }

    @Test
    void logsPageWithStartAndLimit() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withTimeScale(0.01)); TestApi api = new TestApi(sandbox)) {
            String upid = api.post("/nodes/pve1/qemu", "vmid", "190", "name", "logs", "scsi0", "local-lvm:8",
                    "scsi1", "local-lvm:8").data().asText();
            assertThat(api.await(upid)).isEqualTo("OK");
            TestApi.Response all = api.get(path(upid) + "/log", "limit", "0");
            int total = all.body().path("total").asInt();
            assertThat(total).isEqualTo(all.data().size()).isGreaterThanOrEqualTo(3);
            assertThat(all.data().get(total - 1).path("t").asText()).isEqualTo("TASK OK");
            TestApi.Response page = api.get(path(upid) + "/log", "start", "1", "limit", "1");
            assertThat(page.data()).hasSize(1);
            assertThat(page.data().get(0).path("n").asInt()).isEqualTo(2);
            assertThat(api.get("/nodes/pve1/tasks/UPID:nonsense/status").status()).isEqualTo(400);
        }
    }

    @Test
    void acceptsJsonBodiesWithRealBooleans() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withTimeScale(0.01)); TestApi api = new TestApi(sandbox)) {
            TestApi.Response r = api.json("POST", "/nodes/pve1/qemu/9000/clone", "{\"newid\": 185, \"name\": \"j1\", \"full\": false}");
            assertThat(r.status()).as(r.reason()).isEqualTo(200);
            assertThat(api.await(r.data().asText())).isEqualTo("OK");
            TestApi.Response bad = api.json("POST", "/nodes/pve1/qemu/185/config", "{\"cores\": \"many\"}");
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.errors().path("cores").asText()).isEqualTo("type check ('integer') failed - got 'many'");
            assertThat(api.json("POST", "/nodes/pve1/qemu/185/config", "not json").status()).isEqualTo(400);
        }
    }
}
